using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands.Library;
using HydraEngine.Definitions;
using HydraEngine.Library.Tests.Support;

namespace HydraEngine.Library.Tests.Cli;

public sealed class LibraryCommandsTests
{
    [Fact]
    public void The_commands_are_downloaders_url_and_gug()
    {
        LibraryCommands.Create().Select(command => command.Name).ShouldBe(["downloaders", "url", "gug"]);
    }

    [Fact]
    public void Url_json_prints_exactly_the_documented_fields_per_url()
    {
        using var temp = Demo();
        var (exit, output, _) = CliRunner.Run("url", "http://127.0.0.1:8089/post/3", "https://example.com/x", "--json", "--db", temp.DatabasePath);
        exit.ShouldBe(0);
        var lines = output.Trim().Split('\n').Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        lines.Count.ShouldBe(2);
        lines.ShouldAllBe(line => line.Select(pair => pair.Key).SequenceEqual(new[] { "url", "url_class", "url_type", "normalised", "fetch_url", "referral_url", "parser" }));
        ((string?)lines[0]["parser"], (string?)lines[1]["url_class"]).ShouldBe((Fixtures.ParserName, null));
    }

    [Fact]
    public void Url_with_text_that_is_not_a_url_fails_with_a_message()
    {
        using var temp = Demo();
        var (exit, output, error) = CliRunner.Run("url", "not a url", "--json", "--db", temp.DatabasePath);
        exit.ShouldBe(1);
        JsonNode.Parse(output)!["normalised"].ShouldBeNull();
        error.ShouldContain("is not a URL");
    }

    [Fact]
    public void Gug_json_prints_a_list_of_urls()
    {
        using var temp = Demo();
        var (exit, output, _) = CliRunner.Run("gug", Fixtures.GugName, "blue_eyes", "--json", "--db", temp.DatabasePath);
        (exit, output.Trim()).ShouldBe((0, """["http://127.0.0.1:8089/posts?page=1&tags=blue_eyes"]"""));
    }

    [Fact]
    public void Import_without_a_terminal_shows_the_plan_and_applies_nothing()
    {
        using var temp = new TempLibrary();
        var before = LibraryDump.Of(temp.DatabasePath);
        var (exit, output, error) = CliRunner.Run(["downloaders", "import", Fixtures.DemoFolder, "--db", temp.DatabasePath]);
        (exit, output.Contains("3 new"), error.Contains("--yes")).ShouldBe((3, true, true));
        LibraryDump.Of(temp.DatabasePath).ShouldBe(before);
    }

    [Fact]
    public void Import_applies_when_the_user_answers_yes()
    {
        using var temp = new TempLibrary();
        var terminal = new LibraryTerminal(new StringReader("y\n"), true);
        CliRunner.Run(terminal, "downloaders", "import", Fixtures.DemoFolder, "--db", temp.DatabasePath).Exit.ShouldBe(0);
        temp.Library.List().Count.ShouldBe(3);
    }

    [Fact]
    public void Import_applies_nothing_when_the_user_answers_no()
    {
        using var temp = new TempLibrary();
        var terminal = new LibraryTerminal(new StringReader("n\n"), true);
        CliRunner.Run(terminal, "downloaders", "import", Fixtures.DemoFolder, "--db", temp.DatabasePath).Exit.ShouldBe(3);
        temp.Library.List().ShouldBeEmpty();
    }

    [Fact]
    public void Import_with_yes_applies_without_asking()
    {
        using var temp = new TempLibrary();
        var (exit, output, _) = CliRunner.Run("downloaders", "import", Fixtures.DemoFolder, "--yes", "--db", temp.DatabasePath);
        (exit, output.Contains("imported: 3 new")).ShouldBe((0, true));
    }

    [Fact]
    public void The_db_option_may_also_come_before_the_sub_command()
    {
        using var temp = Demo();
        CliRunner.Run("downloaders", "--db", temp.DatabasePath, "list").Output.ShouldContain("3 object(s)");
    }

    [Fact]
    public void An_unknown_name_is_a_message_and_exit_code_not_a_stack_trace()
    {
        using var temp = Demo();
        var (exit, _, error) = CliRunner.Run("downloaders", "show", "nothing", "--db", temp.DatabasePath);
        exit.ShouldBe(1);
        error.ShouldStartWith("error: there is no object named 'nothing'");
        error.ShouldNotContain(" at HydraEngine");
    }

    [Fact]
    public void Edit_then_history_then_rollback_work_from_the_command_line()
    {
        using var temp = Demo();
        CliRunner.Run("downloaders", "edit", Fixtures.GugName, "--set", "example_search_text=red", "--db", temp.DatabasePath).Exit.ShouldBe(0);
        CliRunner.Run("downloaders", "history", Fixtures.GugName, "--db", temp.DatabasePath).Output.ShouldContain("local edit on v1");
        CliRunner.Run("downloaders", "diff", Fixtures.GugName, "--db", temp.DatabasePath).Output.ShouldContain("+  \"example_search_text\": \"red\"");
        CliRunner.Run("downloaders", "rollback", Fixtures.GugName, "1", "--db", temp.DatabasePath).Output.ShouldContain("it is now v3");
    }

    [Fact]
    public void Export_writes_a_png_the_loader_reads_back_as_the_bundle()
    {
        using var temp = Demo();
        var png = Path.Combine(temp.Folder, "out.png");
        CliRunner.Run("downloaders", "export", Fixtures.PostPageName, "-o", png, "--db", temp.DatabasePath).Exit.ShouldBe(0);
        DefinitionLoader.LoadFile(png).Definition.ShouldBe(temp.Library.Export(Fixtures.PostPageName).Bundle);
    }

    [Fact]
    public void Link_none_stops_a_class_being_parsed()
    {
        using var temp = Demo();
        CliRunner.Run("downloaders", "link", Fixtures.PostPageName, "--none", "--db", temp.DatabasePath).Exit.ShouldBe(0);
        temp.Library.LookupUrl("http://127.0.0.1:8089/post/1").Parser.ShouldBeNull();
    }

    private static TempLibrary Demo()
    {
        var temp = new TempLibrary();
        temp.Library.ImportDemo();
        return temp;
    }
}
