using Dapper;
using HydraEngine.Definitions;
using HydraEngine.Library.Testing;
using HydraEngine.Library.Tests.Support;
using HydraEngine.Model.Parsing;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Library.Tests.Testing;

/// <summary>Test packs versioned with their parser (a rollback restores the pack saved with that version), and edits saved from the editor as local edits.</summary>
public sealed class TestPackVersionTests
{
    private static string ParserFile => PostParserFixture.ParserFile;

    private static PageParser Parser => PostParserFixture.Parser;

    private static PageParser Edited => Parser with { ContentParsers = [.. Parser.ContentParsers.Skip(1)] };

    private static ParserTest TestOf(PageParser parser, string url) => PostParserFixture.TestOf(parser, url);

    [Fact]
    public void A_rollback_brings_back_the_pack_saved_with_that_version()
    {
        using var temp = new TempLibrary();
        temp.Library.Import([ParserFile]);
        temp.Library.SaveTests(Parser.Name, [TestOf(Parser, "https://fixture.test/post/1")]);
        temp.Library.Import([temp.WriteFile("edited.json", Edited)]);
        temp.Library.SaveTests(Parser.Name, [TestOf(Edited, "https://fixture.test/post/2")]);

        temp.Library.Rollback(Parser.Name, 1);

        var library = temp.Reopen();
        library.Tests(Parser.Name).Single().Url.ShouldBe("https://fixture.test/post/1");
        library.RunTests(Parser.Name).Single().Passed.ShouldBeTrue();
    }

    [Fact]
    public void Rolling_back_to_a_version_saved_before_any_pack_leaves_none()
    {
        using var temp = new TempLibrary();
        temp.Library.Import([ParserFile]);
        temp.Library.Import([temp.WriteFile("edited.json", Edited)]);
        temp.Library.SaveTests(Parser.Name, [TestOf(Edited, "https://fixture.test/post/2")]);

        temp.Library.Rollback(Parser.Name, 1);

        temp.Reopen().Tests(Parser.Name).ShouldBeEmpty();
    }

    [Fact]
    public void A_library_made_before_versioned_packs_keeps_its_pack_as_the_current_versions_pack()
    {
        using var temp = new TempLibrary();
        temp.Library.Import([ParserFile]);
        temp.Library.SaveTests(Parser.Name, [TestOf(Parser, "https://fixture.test/post/1")]);
        temp.Library.Dispose();
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp.DatabasePath, Pooling = false }.ToString()))
        {
            // as a library made before migration 3: no versioned packs yet
            connection.Execute("DROP TABLE library_test_pack_versions; DELETE FROM schema_versions WHERE component = 'library' AND version = 3");
        }

        var library = temp.Reopen();
        library.Import([temp.WriteFile("edited.json", Edited)]);
        library.SaveTests(Parser.Name, [TestOf(Edited, "https://fixture.test/post/2")]);
        library.Rollback(Parser.Name, 1);

        library.Tests(Parser.Name).Single().Url.ShouldBe("https://fixture.test/post/1");
    }

    [Fact]
    public void An_edit_saved_from_the_editor_is_a_local_edit_on_its_upstream_version_with_its_pack()
    {
        using var temp = new TempLibrary();
        temp.Library.Import([ParserFile]);
        var source = DefinitionLoader.LoadFile(temp.WriteFile("edited.json", Edited));

        temp.Library.ApplyEdits(temp.Library.PlanImport([source], [TestOf(Edited, "https://fixture.test/post/2")]));

        var current = temp.Reopen().History(Parser.Name).Single(version => version.IsCurrent);
        current.Origin.ShouldBe(VersionOrigin.LocalEdit);
        current.LocalEditBase.ShouldBe(1);
        temp.Library.List().Single(item => item.Name == Parser.Name).HasLocalEdit.ShouldBeTrue();
        temp.Library.Rollback(Parser.Name, 1);
        temp.Library.Tests(Parser.Name).ShouldBeEmpty();
    }
}
