using Spectre.Console;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>A Spectre.Console progress bar for long work, shown only when stdout is a terminal.</summary>
internal static class StoreProgress
{
    public static bool Interactive => !Console.IsOutputRedirected;

    /// <summary>Runs <paramref name="work"/>, giving it a reporter of (done, total).</summary>
    public static T Run<T>(string description, Func<IProgress<(long Done, long Total)>?, T> work)
    {
        if (!Interactive)
        {
            return work(null);
        }

        var result = default(T)!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: 1);
                result = work(new Reporter(task));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed class Reporter(ProgressTask task) : IProgress<(long Done, long Total)>
    {
        public void Report((long Done, long Total) value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }
}
