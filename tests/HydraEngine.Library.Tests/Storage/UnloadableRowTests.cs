using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Library.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Library.Tests.Storage;

/// <summary>
/// Issue 19 point 1: nothing enters the library that does not load again, and a stored row that fails to load
/// anyway (an older release, a damaged disk) is skipped with a diagnostic while every other definition works.
/// </summary>
public sealed class UnloadableRowTests
{
    private const string RegexKey = @"(\w+\s?)+$";

    [Fact]
    public void An_object_whose_key_is_not_hex_is_refused_at_import_because_it_would_not_load_again()
    {
        using var temp = new TempLibrary();
        var plan = temp.Library.Plan(Fixtures.Gallery with { Key = RegexKey });
        plan.Diagnostics.ShouldContain(diagnostic => diagnostic.Code == LibraryDiagnosticCodes.DoesNotReadBack && diagnostic.Severity == DiagnosticSeverity.Error);
        Should.Throw<LibraryException>(() => temp.Library.ApplyImport(plan));
        temp.Library.List().ShouldBeEmpty();
    }

    [Fact]
    public void A_gug_key_holding_nan_is_refused_at_import()
    {
        using var temp = new TempLibrary();
        var plan = temp.Library.Plan(Fixtures.GugNamed("nan gug") with { Key = "NaN" });
        plan.Diagnostics.ShouldContain(diagnostic => diagnostic.Code == LibraryDiagnosticCodes.DoesNotReadBack);
    }

    [Fact]
    public void A_stored_row_that_no_longer_loads_is_skipped_and_the_rest_of_the_library_works()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        var everything = temp.Library.List().Count;
        Damage(temp, Fixtures.GugName);
        var library = temp.Reopen();
        library.List().Count.ShouldBe(everything - 1);
        library.LookupUrl(Fixtures.PostPage.ExampleUrl).UrlClass.ShouldBe(Fixtures.PostPage.Name);
        library.Check().ShouldHaveSingleItem().Name.ShouldBe(Fixtures.GugName);
    }

    [Fact]
    public void Repair_rolls_a_broken_row_back_to_the_newest_version_that_loads()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        temp.Library.ImportObjects(Fixtures.Gug with { ExampleSearchText = "changed" });
        Damage(temp, Fixtures.GugName);
        var library = temp.Reopen();
        library.Repair().ShouldHaveSingleItem().RolledBackTo.ShouldBe(1);
        library.Check().ShouldBeEmpty();
        library.Get(Fixtures.GugName).Version.ShouldBe(3);
    }

    [Fact]
    public void Repair_removes_an_object_no_version_of_which_loads()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        Damage(temp, Fixtures.GugName);
        var library = temp.Reopen();
        library.Repair().ShouldHaveSingleItem().RolledBackTo.ShouldBeNull();
        library.Check().ShouldBeEmpty();
        library.List().ShouldNotContain(item => item.Name == Fixtures.GugName);
    }

    /// <summary>What an older release could have written: the current version's key is not hex.</summary>
    private static void Damage(TempLibrary temp, string name)
    {
        using var connection = new SqliteConnection($"Data Source={temp.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE library_versions SET hydrus_json = replace(hydrus_json, object_key, '" + RegexKey + "') " +
            "WHERE (object_id, version) IN (SELECT object_id, current_version FROM library_objects WHERE name = $name)";
        command.Parameters.AddWithValue("$name", name);
        command.ExecuteNonQuery().ShouldBe(1);
        command.CommandText = "UPDATE library_revision SET revision = revision + 1"; // a new process would not have this revision cached
        command.ExecuteNonQuery();
    }
}
