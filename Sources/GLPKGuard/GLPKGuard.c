// GLPK calls abort() on internal errors unless an error hook leaves the failing call.
// Every guarded call here installs a hook that longjmps back into the same C frame,
// then frees the thread's GLPK environment as the GLPK manual prescribes (glp_error_hook).
// No Swift frame lies between setjmp and longjmp.
#include "GLPKGuard.h"
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define OUTPUT_CAPACITY 2048

static _Thread_local jmp_buf *active_jump = NULL;
static _Thread_local char output_buffer[OUTPUT_CAPACITY];
static _Thread_local size_t output_length = 0;
static _Thread_local int echo_output = 0;
static _Thread_local unsigned long generation = 0;
static _Thread_local double watchdog_deadline = 0; // CLOCK_MONOTONIC seconds; 0 = none

static double monotonic_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

void hg_set_watchdog(double seconds) {
    watchdog_deadline = seconds > 0 ? monotonic_seconds() + seconds : 0;
}

static int terminal_hook(void *info, const char *text) {
    (void)info;
    size_t length = strlen(text);
    if (length >= OUTPUT_CAPACITY) {
        text += length - (OUTPUT_CAPACITY - 1);
        length = OUTPUT_CAPACITY - 1;
    }
    if (output_length + length >= OUTPUT_CAPACITY) {
        size_t keep = OUTPUT_CAPACITY - 1 - length;
        memmove(output_buffer, output_buffer + output_length - keep, keep);
        output_length = keep;
    }
    memcpy(output_buffer + output_length, text, length);
    output_length += length;
    output_buffer[output_length] = '\0';
    if (echo_output) {
        fputs(text, stderr);
    }
    // GLPK's simplex inside glp_intopt (the feasibility pump, node LPs) has no time limit of its own and
    // can stall; its progress lines are the only place GLPK hands control back, so the watchdog acts here.
    if (active_jump != NULL && watchdog_deadline > 0 && monotonic_seconds() > watchdog_deadline) {
        watchdog_deadline = 0;
        longjmp(*active_jump, 2);
    }
    return 1; // handled: GLPK prints nothing itself
}

static void error_hook(void *info) {
    (void)info;
    if (active_jump != NULL) {
        longjmp(*active_jump, 1);
    }
}

static void install_hooks(void) {
    glp_term_hook(terminal_hook, NULL);
    glp_error_hook(error_hook, NULL);
}

void hg_prepare_thread(int verbose) {
    echo_output = verbose;
    install_hooks();
}

const char *hg_last_output(void) {
    return output_buffer;
}

unsigned long hg_environment_generation(void) {
    return generation;
}

static void clear_output(void) {
    output_length = 0;
    output_buffer[0] = '\0';
}

static void recover(void) {
    active_jump = NULL;
    glp_free_env();
    generation += 1;
    install_hooks(); // glp_free_env() resets the hooks
}

#define GUARDED(call)                                  \
    do {                                               \
        jmp_buf environment;                           \
        clear_output();                                \
        install_hooks();                               \
        int jumped = setjmp(environment);              \
        if (jumped != 0) {                             \
            recover();                                 \
            return jumped == 2 ? HG_GLPK_STALLED : HG_GLPK_ERROR; \
        }                                              \
        active_jump = &environment;                    \
        int result = (call);                           \
        active_jump = NULL;                            \
        return result;                                 \
    } while (0)

static int load_matrix(glp_prob *problem, int count, const int rows[], const int columns[], const double values[]) {
    glp_load_matrix(problem, count, rows, columns, values);
    return 0;
}

int hg_load_matrix(glp_prob *problem, int count, const int rows[], const int columns[], const double values[]) {
    GUARDED(load_matrix(problem, count, rows, columns, values));
}

static int set_mat_col(glp_prob *problem, int column, int count, const int rows[], const double values[]) {
    glp_set_mat_col(problem, column, count, rows, values);
    return 0;
}

int hg_set_mat_col(glp_prob *problem, int column, int count, const int rows[], const double values[]) {
    GUARDED(set_mat_col(problem, column, count, rows, values));
}

static int del_cols(glp_prob *problem, int count, const int columns[]) {
    glp_del_cols(problem, count, columns);
    return 0;
}

int hg_del_cols(glp_prob *problem, int count, const int columns[]) {
    GUARDED(del_cols(problem, count, columns));
}

int hg_simplex(glp_prob *problem, const glp_smcp *parameters) {
    GUARDED(glp_simplex(problem, parameters));
}

int hg_intopt(glp_prob *problem, const glp_iocp *parameters) {
    GUARDED(glp_intopt(problem, parameters));
}

void hg_release_thread(void) {
    active_jump = NULL;
    glp_free_env();
    generation += 1;
    install_hooks();
}
