using HydraEngine.Downloading.Tests.Support;
using HydraEngine.FixtureBooru;
using HydraEngine.Model.Common;
using HydraEngine.Model.Network;

namespace HydraEngine.Downloading.Tests.Running;

/// <summary>The domain's bandwidth rules hold for a whole download, counted at the fixture site itself.</summary>
public sealed class BandwidthTests
{
    [Fact]
    public async Task A_domain_request_rule_is_never_exceeded_during_a_gallery_download()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 6 });
        var rules = new BandwidthRules(new EquatableArray<BandwidthRule>([new BandwidthRule(BandwidthType.Requests, 1, 3)]));
        harness.OpenEngine(polite: true, domainMetadata: [new DomainMetadataPackage(harness.Booru.Domain, null, rules)]);
        harness.Engine!.AddGalleryDownload("fixture booru tag search", "");
        await harness.RunUntilIdleAsync();

        harness.Store.Search("system:everything").Count.ShouldBe(6);
        var times = harness.Booru.Requests.Snapshot().Select(request => request.Time).Order().ToList();
        times.Count.ShouldBeGreaterThan(12);
        // hydrus counts a 1-second rule per calendar second; a request admitted at the very end of one second may be
        // logged by the server in the next, hence one of slack per second.
        times.GroupBy(time => time.ToUnixTimeSeconds()).Max(second => second.Count()).ShouldBeLessThanOrEqualTo(4);
        var window = TimeSpan.FromSeconds(1);
        times.Max(time => times.Count(other => other > time - window && other <= time)).ShouldBeLessThanOrEqualTo(7);
        (times[^1] - times[0]).ShouldBeGreaterThan(TimeSpan.FromSeconds(times.Count / 3 - 1));
    }

    [Fact]
    public async Task A_job_out_of_bandwidth_is_put_aside_with_its_files_pending_not_failed()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 6 });
        var daily = new BandwidthRules(new EquatableArray<BandwidthRule>([new BandwidthRule(BandwidthType.Requests, 86400, 4)]));
        harness.OpenEngine(polite: true, domainMetadata: [new DomainMetadataPackage(harness.Booru.Domain, null, daily)]);
        var download = harness.Engine!.AddGalleryDownload("fixture booru tag search", "");
        await harness.RunUntilIdleAsync();

        var seeds = harness.Engine.FileLog(download.FileLogId);
        seeds.ShouldNotContain(seed => seed.Status == HydraEngine.Downloading.Seeds.SeedStatus.Error);
        seeds.Count(seed => seed.Status == HydraEngine.Downloading.Seeds.SeedStatus.Unknown).ShouldBeGreaterThan(0);
        harness.Booru.Requests.Count.ShouldBeLessThanOrEqualTo(4);
        var job = harness.Engine.Status().Jobs.Single();
        job.State.ShouldBe("waiting for bandwidth");
        job.NextDue!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds());
    }
}
