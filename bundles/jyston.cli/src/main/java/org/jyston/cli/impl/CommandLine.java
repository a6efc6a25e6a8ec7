package org.jyston.cli.impl;

import java.util.ArrayList;
import java.util.List;

/** CPython's command-line grammar: options, then one of {@code -c cmd | -m mod | file | -}, then argv. */
final class CommandLine {
    enum Action { SCRIPT, COMMAND, MODULE, STDIN, STDIN_DASH, VERSION, HELP, DUMP_AST }

    /** Options that CPython takes with no argument (of which only -E and -I change what Jyston does). */
    private static final String FLAG_OPTIONS = "bBdEhiIOqsSuvVx";

    Action action = Action.STDIN;
    String target;
    boolean verbose;
    /** -E or -I: PYTHON* environment variables are ignored. */
    boolean ignoreEnvironment;
    final List<String> rest = new ArrayList<>();

    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    static CommandLine parse(String[] args) throws UsageError {
        CommandLine cl = new CommandLine();
        int versionCount = 0;
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--version")) {
                versionCount++;
                continue;
            }
            if (a.equals("--dump-ast")) {
                // Jyston's own: print ast.dump(ast.parse(FILE bytes), include_attributes=True)
                if (i + 1 >= args.length) {
                    throw new UsageError("Argument expected for the --dump-ast option");
                }
                cl.action = Action.DUMP_AST;
                cl.target = args[i + 1];
                for (i += 2; i < args.length; i++) {
                    cl.rest.add(args[i]);
                }
                return cl;
            }
            if (a.equals("--help")) {
                cl.action = Action.HELP;
                return cl;
            }
            if (a.equals("-")) {
                cl.action = Action.STDIN_DASH;
                i++;
                break;
            }
            if (!a.startsWith("-") || a.length() == 1) {
                cl.action = Action.SCRIPT;
                cl.target = a;
                i++;
                break;
            }
            if (a.startsWith("--")) {
                throw new UsageError("unknown option " + a);
            }
            boolean done = false;
            for (int j = 1; j < a.length() && !done; j++) {
                char c = a.charAt(j);
                if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                    String value = j + 1 < a.length() ? a.substring(j + 1) : (i + 1 < args.length ? args[++i] : null);
                    if (value == null) {
                        throw new UsageError("Argument expected for the -" + c + " option");
                    }
                    if (c == 'c' || c == 'm') {
                        cl.action = c == 'c' ? Action.COMMAND : Action.MODULE;
                        cl.target = c == 'c' ? value + "\n" : value;
                        i++;
                        for (; i < args.length; i++) {
                            cl.rest.add(args[i]);
                        }
                        return versionCount > 0 ? version(cl, versionCount) : cl;
                    }
                    done = true;
                } else if (c == 'V') {
                    versionCount++;
                } else if (c == 'h' || c == '?') {
                    cl.action = Action.HELP;
                    return cl;
                } else if (FLAG_OPTIONS.indexOf(c) < 0) {
                    throw new UsageError("Unknown option: -" + c);
                } else if (c == 'E' || c == 'I') {
                    cl.ignoreEnvironment = true;
                }
            }
        }
        for (; i < args.length; i++) {
            cl.rest.add(args[i]);
        }
        return versionCount > 0 ? version(cl, versionCount) : cl;
    }

    private static CommandLine version(CommandLine cl, int count) {
        cl.action = Action.VERSION;
        cl.verbose = count > 1;
        return cl;
    }

    static String usage(String program) {
        return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    }

    static String help(String program) {
        return usage(program)
                + "Options (and corresponding environment variables):\n"
                + "-c cmd : program passed in as string (terminates option list)\n"
                + "-h     : print this help message and exit (also -? or --help)\n"
                + "-m mod : run library module as a script (terminates option list)\n"
                + "-V     : print the Python version number and exit (also --version)\n"
                + "--dump-ast file : print ast.dump(ast.parse(file), include_attributes=True) and exit\n"
                + "         when given twice, print more information about the build\n"
                + "file   : program read from script file\n"
                + "-      : program read from stdin (default; interactive mode if a tty)\n"
                + "arg ...: arguments passed to program in sys.argv[1:]\n";
    }
}
