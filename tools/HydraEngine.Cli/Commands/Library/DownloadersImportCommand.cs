using System.CommandLine;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Library;
using HydraEngine.Library.Importing;

namespace HydraEngine.Cli.Commands.Library;

/// <summary><c>hydra downloaders import FILE... [--yes]</c>: shows the plan, asks, then applies it in one transaction.</summary>
internal static class DownloadersImportCommand
{
    public static Command Create(Option<string?> database, LibraryTerminal terminal)
    {
        var paths = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "PNG, hydrus JSON or native JSON files, or folders (searched for *.png and *.json)." };
        var yes = new Option<bool>("--yes", "-y") { Description = "Apply without asking." };
        var command = new Command("import", "Import downloaders: show what the files hold and would replace, then apply on yes.") { paths, yes };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, error) =>
            Run(library, InputFiles.Expand(parseResult.GetValue(paths)!).ToList(), parseResult.GetValue(yes), terminal, output, error)));
        return command;
    }

    public static int Run(DownloaderLibrary library, IReadOnlyList<string> files, bool yes, LibraryTerminal terminal, TextWriter output, TextWriter error)
    {
        if (files.Count == 0)
        {
            error.WriteLine("error: no files to import (the folders given hold no *.png or *.json)");
            return LibraryCommandRunner.Failed;
        }

        var loaded = files.Select(file => DefinitionLoader.LoadFile(file)).ToList();
        var unreadable = loaded.Where(result => !result.Succeeded).ToList();
        if (unreadable.Count == loaded.Count)
        {
            ReportUnreadable(unreadable, error);
            error.WriteLine("not applied: no file loads; the library is unchanged.");
            return LibraryCommandRunner.Failed;
        }

        // One file that does not load (a broken PNG in a folder of downloaders) is left out, not a reason to refuse the rest.
        ReportUnreadable(unreadable, error);
        var plan = library.PlanImport(loaded.Where(result => result.Succeeded), TestPacks(loaded.Where(result => result.Succeeded).Select(result => result.Source)));
        ImportPlanPrinter.Print(plan, library.DatabasePath, output);
        if (plan.TestResults.Count > 0)
        {
            output.WriteLine("test packs (run against what the import makes current):");
            DownloadersTestCommand.Write(plan.TestResults, plan.TestResults.Count(result => !result.Passed), output);
        }

        if (plan.HasErrors)
        {
            error.WriteLine($"not applied: the import has {plan.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} error(s); the library is unchanged.");
            return LibraryCommandRunner.Failed;
        }

        if (!plan.CanApply)
        {
            output.WriteLine("nothing to import: every object is already in the library.");
            return 0;
        }

        if (!yes && !Confirmed(terminal, output, error))
        {
            return LibraryCommandRunner.NotApplied;
        }

        var outcome = library.ApplyImport(plan);
        output.WriteLine($"imported: {outcome.Added} new, {outcome.Replaced} replaced, {outcome.Skipped} skipped" +
            (outcome.LocalEditsReapplied + outcome.LocalEditsSetAside > 0 ? $"; local edits re-applied: {outcome.LocalEditsReapplied}, set aside: {outcome.LocalEditsSetAside}" : "") + ".");
        return 0;
    }

    /// <summary>The test packs native JSON files carry at their top level.</summary>
    private static IReadOnlyList<HydraEngine.Library.Testing.ParserTest> TestPacks(IEnumerable<string> files) =>
        files.Where(file => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .SelectMany(file => HydraEngine.Library.Testing.TestPackJson.FromFile(HydraEngine.Definitions.Files.InputFile.ReadAllBytes(file, DefinitionLoader.MaximumFileBytes)))
            .ToList();

    private static void ReportUnreadable(IEnumerable<DefinitionLoadResult> unreadable, TextWriter error)
    {
        foreach (var result in unreadable)
        {
            var problem = result.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)?.Message ?? "it does not load";
            error.WriteLine($"warning: left out {result.Source}: {problem} (`hydra inspect {result.Source}` shows every problem)");
        }
    }

    private static bool Confirmed(LibraryTerminal terminal, TextWriter output, TextWriter error)
    {
        if (!terminal.IsInteractive)
        {
            error.WriteLine("not applied: there is no terminal to ask \"does this look correct?\"; run again with --yes to apply.");
            return false;
        }

        output.Write("Does this look correct? Apply it? [y/N] ");
        output.Flush();
        var answer = terminal.Input.ReadLine()?.Trim().ToLowerInvariant();
        if (answer is "y" or "yes")
        {
            return true;
        }

        output.WriteLine("not applied; the library is unchanged.");
        return false;
    }
}
