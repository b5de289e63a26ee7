import Foundation
import HeltidCLI

exit(HeltidTool.main(Array(CommandLine.arguments.dropFirst())))
