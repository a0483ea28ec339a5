using HydraEngine.Definitions;
using HydraEngine.Library.Tests.Cli;
using HydraEngine.Library.Tests.Support;
using HydraEngine.Model.Containers;

namespace HydraEngine.Library.Tests.Exporting;

/// <summary>Any library object exports alone, in every format; a mistyped name gets an edit-distance suggestion.</summary>
public sealed class ExportAloneTests
{
    [Theory]
    [InlineData("out.png")]
    [InlineData("out.hydrus.json")]
    [InlineData("out.json")]
    public void A_parser_exports_alone_in_every_format(string file)
    {
        using var temp = Demo();
        var path = Path.Combine(temp.Folder, file);

        var (exit, _, error) = CliRunner.Run("downloaders", "export", Fixtures.ParserName, "--kind", "parser", "-o", path, "--db", temp.DatabasePath);

        exit.ShouldBe(0, error);
        var bundle = DefinitionLoader.LoadFile(path).Definition.ShouldBeOfType<DefinitionList>();
        bundle.Items.ShouldHaveSingleItem().ShouldBe(Fixtures.Parser);
    }

    [Fact]
    public void A_typo_gets_a_suggestion_by_edit_distance()
    {
        using var temp = Demo();

        var (exit, _, error) = CliRunner.Run("downloaders", "show", "fixture booru tag serch", "--db", temp.DatabasePath);

        exit.ShouldBe(1);
        error.ShouldContain($"did you mean '{Fixtures.GugName}' (gug)?");
    }

    [Fact]
    public void A_name_of_another_kind_says_what_it_is()
    {
        using var temp = Demo();

        var (_, _, error) = CliRunner.Run("downloaders", "show", Fixtures.ParserName, "--kind", "gug", "--db", temp.DatabasePath);

        error.ShouldContain($"'{Fixtures.ParserName}' is a parser, not a gug; say --kind parser");
    }

    private static TempLibrary Demo()
    {
        var temp = new TempLibrary();
        temp.Library.ImportDemo();
        return temp;
    }
}
