using System.CommandLine;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Storage;

namespace HydraEngine.Cli.Commands.Duplicates;

/// <summary>
/// <c>hydra duplicates auto [--rule NAME]... [--dry-run]</c>: hydrus's auto-resolution rules that need only what the
/// store has. No rule runs unless named; <c>--dry-run</c> (with no rule named: every rule) reports what would be done.
/// </summary>
internal static class DuplicatesAutoCommand
{
    public static Command Create()
    {
        var rules = new Option<string[]>("--rule") { Description = $"A rule to run: {string.Join(", ", HydraStore.AutoResolutionRuleNames.Keys)}.", AllowMultipleArgumentsPerToken = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only report what the rules would do." };
        var keepWorse = new Option<bool>("--keep-worse") { Description = "Keep the worse file of each decided pair (default: it goes to the trash, as hydrus's suggested rules do)." };
        var command = new Command("auto", "Resolve potential pairs by hydrus's auto-resolution rules (off unless a rule is named; hydra serve --auto-resolve runs them as maintenance).") { rules, dryRun, keepWorse };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            return StoreCommandRunner.Run(error, () =>
            {
                var named = parseResult.GetValue(rules) ?? [];
                var dry = parseResult.GetValue(dryRun);
                if (named.Length == 0 && !dry)
                {
                    output.WriteLine("no rule named, nothing done (auto-resolution is off by default); rules:");
                    foreach (var (name, description) in HydraStore.AutoResolutionRuleNames)
                    {
                        output.WriteLine($"  {name}: {description}");
                    }

                    return 0;
                }

                using var opened = store.Open(parseResult, error);
                var report = opened.RunAutoResolution(named, dry, parseResult.GetValue(keepWorse));
                foreach (var decision in report.Decisions)
                {
                    var trash = parseResult.GetValue(keepWorse) ? "" : $", {(dry ? "would trash" : "trashed")} the worse";
                    output.WriteLine($"{(dry ? "would set" : "set")} {decision.Better.ToHex()} better than {decision.Worse.ToHex()} ({decision.Rule}{trash})");
                }

                output.WriteLine($"{report.PairsTested} pairs tested by {string.Join(", ", report.Rules)}: {report.Decisions.Count} {(dry ? "would be resolved" : "resolved")}");
                return 0;
            });
        });
        return command;
    }
}
