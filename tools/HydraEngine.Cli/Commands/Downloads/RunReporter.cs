using HydraEngine.Downloading;
using HydraEngine.Downloading.Seeds;
using Spectre.Console;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>
/// Hears a run (<see cref="IDownloadEvents"/>): counts each job's files and pages, and shows progress — a Spectre
/// progress bar per job on a terminal, plain lines ("job: message") otherwise. Notices are kept for the end of a run
/// while bars are on screen. Events come from concurrent jobs, so everything is under one lock. <paramref name="stamp"/>,
/// when given, starts every plain line (the demo shows its clock).
/// </summary>
internal sealed class RunReporter(TextWriter lines, bool interactive, Func<string>? stamp = null) : IDownloadEvents
{
    private readonly object gate = new();
    private readonly Dictionary<string, FileTally> tallies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> failedPages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> lastErrors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProgressTask> bars = new(StringComparer.Ordinal);
    private readonly List<string> notices = [];
    private readonly List<string> held = [];
    private ProgressContext? progress;

    public bool Interactive => interactive;

    /// <summary>Every notice of the run so far, as "job: message".</summary>
    public IReadOnlyList<string> Notices
    {
        get
        {
            lock (gate)
            {
                return [.. notices];
            }
        }
    }

    public FileTally TallyOf(string job)
    {
        lock (gate)
        {
            return tallies.GetValueOrDefault(job, FileTally.Empty);
        }
    }

    /// <summary>The files of every job <paramref name="which"/> picks by label.</summary>
    public FileTally TallyOfJobs(Func<string, bool> which)
    {
        lock (gate)
        {
            return tallies.Where(pair => which(pair.Key)).Aggregate(FileTally.Empty, (sum, pair) => sum.Plus(pair.Value));
        }
    }

    public int PagesOf(string job)
    {
        lock (gate)
        {
            return pages.GetValueOrDefault(job);
        }
    }

    /// <summary>Gallery pages of <paramref name="job"/> that ended in an error in this run.</summary>
    public int FailedPagesOf(string job)
    {
        lock (gate)
        {
            return failedPages.GetValueOrDefault(job);
        }
    }

    /// <summary>The last error of <paramref name="job"/> in this run ("URL: what went wrong"), or null.</summary>
    public string? LastErrorOf(string job)
    {
        lock (gate)
        {
            return lastErrors.GetValueOrDefault(job);
        }
    }

    public void FileSeedFinished(string job, FileSeed seed)
    {
        lock (gate)
        {
            tallies[job] = tallies.GetValueOrDefault(job, FileTally.Empty).Add(seed);
            if (seed.Status == SeedStatus.Error)
            {
                lastErrors[job] = seed.Note;
            }
        }

        if (seed.Status is SeedStatus.Error or SeedStatus.Vetoed)
        {
            Line(job, $"{seed.Status.Describe()}: {seed.Url}: {seed.Note}", keep: false);
        }
    }

    public void GallerySeedFinished(string job, GallerySeed seed, int newFiles)
    {
        lock (gate)
        {
            pages[job] = pages.GetValueOrDefault(job) + (seed.Status == SeedStatus.Successful ? 1 : 0);
            if (seed.Status == SeedStatus.Error)
            {
                failedPages[job] = failedPages.GetValueOrDefault(job) + 1;
                lastErrors[job] = seed.Note;
            }
        }

        Line(job, $"page {seed.Url}: {seed.Note}", keep: false);
    }

    public void Notice(string job, string message)
    {
        lock (gate)
        {
            notices.Add($"{job}: {message}");
        }

        Line(job, message, keep: true);
    }

    public void Progress(string job, int done, int total)
    {
        lock (gate)
        {
            if (progress is not null)
            {
                if (!bars.TryGetValue(job, out var bar))
                {
                    bar = bars[job] = progress.AddTask(Markup.Escape(Shorten(job)), maxValue: Math.Max(total, 1));
                }

                bar.MaxValue = Math.Max(total, 1);
                bar.Value = done;
                return;
            }
        }

        if (done == total || done % 25 == 0)
        {
            Line(job, $"{done}/{total} files done", keep: false);
        }
    }

    /// <summary>Shows bars in <paramref name="context"/> until <see cref="Detach"/>.</summary>
    public void Attach(ProgressContext context)
    {
        lock (gate)
        {
            progress = context;
        }
    }

    /// <summary>Stops using bars and prints the notices kept meanwhile.</summary>
    public void Detach()
    {
        List<string> waiting;
        lock (gate)
        {
            progress = null;
            bars.Clear();
            waiting = [.. held];
            held.Clear();
        }

        waiting.ForEach(lines.WriteLine);
    }

    private void Line(string job, string text, bool keep)
    {
        lock (gate)
        {
            if (progress is null)
            {
                lines.WriteLine($"{stamp?.Invoke()}{job}: {text}");
            }
            else if (keep)
            {
                held.Add($"{job}: {text}");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
