package org.jyston.cli.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void scriptTakesTheRestAsArguments() throws Exception {
        CommandLine cl = CommandLine.parse(new String[] {"-u", "prog.py", "-c", "x"});
        assertThat(cl.action).isEqualTo(CommandLine.Action.SCRIPT);
        assertThat(cl.target).isEqualTo("prog.py");
        assertThat(cl.rest).containsExactly("-c", "x");
    }

    @Test
    void commandEndsTheOptionsAndGainsANewline() throws Exception {
        CommandLine cl = CommandLine.parse(new String[] {"-c", "print(1)", "a", "-b"});
        assertThat(cl.action).isEqualTo(CommandLine.Action.COMMAND);
        assertThat(cl.target).isEqualTo("print(1)\n");
        assertThat(cl.rest).containsExactly("a", "-b");
    }

    @Test
    void commandMayBeJoinedToTheOption() throws Exception {
        CommandLine cl = CommandLine.parse(new String[] {"-Sc", "pass"});
        assertThat(cl.action).isEqualTo(CommandLine.Action.COMMAND);
        assertThat(cl.target).isEqualTo("pass\n");
    }

    @Test
    void versionOnceOrTwice() throws Exception {
        assertThat(CommandLine.parse(new String[] {"--version"}).verbose).isFalse();
        CommandLine twice = CommandLine.parse(new String[] {"-VV"});
        assertThat(twice.action).isEqualTo(CommandLine.Action.VERSION);
        assertThat(twice.verbose).isTrue();
    }

    @Test
    void noArgumentsReadsStdin() throws Exception {
        assertThat(CommandLine.parse(new String[0]).action).isEqualTo(CommandLine.Action.STDIN);
        assertThat(CommandLine.parse(new String[] {"-", "x"}).action).isEqualTo(CommandLine.Action.STDIN_DASH);
    }

    @Test
    void errorsUseCPythonsWords() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"-z"})).hasMessage("Unknown option: -z");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"-c"}))
                .hasMessage("Argument expected for the -c option");
    }

    @Test
    void dumpAstTakesAFile() throws Exception {
        CommandLine cl = CommandLine.parse(new String[] {"--dump-ast", "prog.py"});
        assertThat(cl.action).isEqualTo(CommandLine.Action.DUMP_AST);
        assertThat(cl.target).isEqualTo("prog.py");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--dump-ast"}))
                .hasMessage("Argument expected for the --dump-ast option");
    }

    @Test
    void ignoreEnvironmentOptions() throws Exception {
        assertThat(CommandLine.parse(new String[] {"-c", "pass"}).ignoreEnvironment).isFalse();
        assertThat(CommandLine.parse(new String[] {"-E", "-c", "pass"}).ignoreEnvironment).isTrue();
        assertThat(CommandLine.parse(new String[] {"-sIc", "pass"}).ignoreEnvironment).isTrue();
    }

    @Test
    void pythonPathFoldersAreAbsoluteAndNormalised() {
        String cwd = java.nio.file.Path.of("").toAbsolutePath().toString();
        assertThat(JystonCommand.pythonPath("lib::/x/y/:/a/../b:" + cwd + "/lib/"))
                .containsExactly(cwd + "/lib", cwd, "/x/y", "/b");
    }
}
