using HydraEngine.Definitions;
using HydraEngine.Library.Importing;
using HydraEngine.Library.Storage;
using HydraEngine.Library.Testing;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Formulae;

namespace HydraEngine.Library;

/// <summary>Test packs: saved documents with their expected results, stored per page parser and run on demand or at import.</summary>
public sealed partial class DownloaderLibrary
{
    /// <summary>The test pack of the parser named <paramref name="parserName"/> (empty when it has none).</summary>
    public IReadOnlyList<ParserTest> Tests(string parserName) => TestPackRows.Read(database.Connection, parserName);

    /// <summary>The names of the parsers that have a test pack.</summary>
    public IReadOnlyList<string> TestedParsers() => TestPackRows.Parsers(database.Connection);

    /// <summary>Replaces a parser's test pack in one transaction (an empty list removes it).</summary>
    public void SaveTests(string parserName, IReadOnlyList<ParserTest> tests) =>
        database.Write(transaction =>
        {
            TestPackRows.Replace(transaction, parserName, tests, store.NowMs());
            return 0;
        });

    /// <summary>Runs the test packs of one parser (or of every parser that has one) against the library's current parsers.</summary>
    public IReadOnlyList<ParserTestResult> RunTests(string? parserName = null, FormulaEngine? formulae = null)
    {
        var parsers = parserName is null ? TestedParsers() : [resolver.Resolve(parserName, LibraryKind.Parser).Name];
        return new ParserTestRunner(formulae ?? new FormulaEngine(strings)).Run(parsers.SelectMany(Tests), CurrentParser);
    }

    /// <summary>Plans an import as <see cref="PlanImport(IEnumerable{DefinitionLoadResult})"/>, with the test packs the files carry, run against what the import would make current.</summary>
    public ImportPlan PlanImport(IEnumerable<DefinitionLoadResult> sources, IReadOnlyList<ParserTest> tests, FormulaEngine? formulae = null)
    {
        var plan = PlanImport(sources);
        if (tests.Count == 0)
        {
            return plan;
        }

        PageParser? Incoming(string name) =>
            plan.Changes.Where(change => change.Kind == LibraryKind.Parser && change.Name == name).Select(change => change.Result).OfType<PageParser>().FirstOrDefault()
            ?? CurrentParser(name);
        return plan with { Tests = tests, TestResults = new ParserTestRunner(formulae ?? new FormulaEngine(strings)).Run(tests, Incoming) };
    }

    private PageParser? CurrentParser(string name)
    {
        try
        {
            return Get(name, LibraryKind.Parser).Definition as PageParser;
        }
        catch (LibraryException)
        {
            return null;
        }
    }
}
