using HydraEngine.Testing;

namespace HydraEngine.Fuzz.Tests;

/// <summary>
/// Issue 19's fuzz gate, with a fixed seed: 10,000 mutated definitions (PNG, hydrus JSON, native JSON), 1,000
/// hostile pages (HTML, JSON, XML) and 2,000 hostile Client API requests (bodies and query strings, over HTTP to a
/// whole engine) give no unhandled exception (for the API: no 500), no item over 10 s, peak memory under 1 GB, and
/// every definition a library accepts reads back. <c>tools/fuzz</c> runs more, with any seed.
/// </summary>
public sealed class FuzzRunTests
{
    [Fact]
    public void A_fixed_seed_run_passes_every_limit()
    {
        var report = new FuzzRun(new FuzzOptions(19, 10_000, 1_000, RepositoryPaths.Root), TextWriter.Null).Run();

        report.ApiRequests.ShouldBe(2_000);
        report.UnhandledExceptions.ShouldBeEmpty();
        report.Hangs.ShouldBeEmpty();
        report.AcceptedButNotReadBack.ShouldBeEmpty();
        report.PeakMemoryBytes.ShouldBeLessThan(report.MemoryLimitBytes);
        report.DefinitionsAccepted.ShouldBeGreaterThan(100, "the mutations must leave many definitions loadable, or the read-back check proves nothing");
    }
}
