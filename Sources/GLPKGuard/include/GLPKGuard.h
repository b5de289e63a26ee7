#ifndef HELTID_GLPK_GUARD_H
#define HELTID_GLPK_GUARD_H

#include <glpk.h>

/// Returned by a guarded call when GLPK reported an internal error.
/// After this value every GLPK problem object of the calling thread is gone
/// (the guard called glp_free_env()); the caller must not touch them again.
#define HG_GLPK_ERROR (-1000)

/// Returned by a guarded call that the watchdog stopped (see hg_set_watchdog). As after HG_GLPK_ERROR,
/// every GLPK problem object of the calling thread is gone.
#define HG_GLPK_STALLED (-1001)

/// Arms a watchdog `seconds` from now for the guarded calls of this thread (0 disarms it). GLPK's simplex
/// inside glp_intopt has no time limit of its own; when a call is still running after the deadline, the
/// next line GLPK prints (with messages on, the simplex prints progress every few seconds) abandons the
/// call: the thread's GLPK environment is freed and the call returns HG_GLPK_STALLED.
void hg_set_watchdog(double seconds);

/// Prepares GLPK on the calling thread: routes terminal output through the guard
/// (kept in a buffer, echoed to stderr only when `verbose` is non-zero).
void hg_prepare_thread(int verbose);

/// The last lines GLPK printed on this thread (the error message after HG_GLPK_ERROR).
const char *hg_last_output(void);

/// Monotonic count of GLPK environment resets on this thread (one per recovered error).
unsigned long hg_environment_generation(void);

int hg_load_matrix(glp_prob *problem, int count, const int rows[], const int columns[], const double values[]);
int hg_set_mat_col(glp_prob *problem, int column, int count, const int rows[], const double values[]);
int hg_del_cols(glp_prob *problem, int count, const int columns[]);
int hg_simplex(glp_prob *problem, const glp_smcp *parameters);
int hg_intopt(glp_prob *problem, const glp_iocp *parameters);

/// Releases the calling thread's GLPK environment at the end of a job (GLPK keeps one per thread, which
/// otherwise leaks). Every problem object of the thread is gone afterwards; the generation advances.
void hg_release_thread(void);

#endif
