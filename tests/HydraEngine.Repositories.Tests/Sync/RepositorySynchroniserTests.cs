using HydraEngine.Repositories.Sync;
using HydraEngine.Repositories.Tests.Peer;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Tests.Sync;

public sealed class RepositorySynchroniserTests(PeerFixture fixture) : IClassFixture<PeerFixture>
{
    [HydrusPeerFact]
    public async Task What_one_account_uploaded_appears_in_another_accounts_store()
    {
        using var store = fixture.OpenStore(out var name, fixture.Peer.ReaderKey);

        await new RepositorySynchroniser(store).SyncAsync(name, new SyncOptions(), CancellationToken.None);

        store.TagsOf(PeerFixture.First).Single(tags => tags.Service == name).StorageTags.ShouldBe(["blue sky", "character:samus aran"], ignoreOrder: true);
        store.Siblings(name).ShouldContain(sibling => sibling.BadTag == "samus" && sibling.GoodTag == "character:samus aran");
        store.Parents(name).ShouldContain(parent => parent.ChildTag == "character:samus aran" && parent.ParentTag == "series:metroid");
        store.DisplayOf("samus", name).ShouldBe(["character:samus aran", "series:metroid"]);
    }

    [HydrusPeerFact]
    public async Task A_new_session_expires_by_the_stores_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var store = fixture.OpenStore(out var name, fixture.Peer.ReaderKey, clock: clock);

        await new RepositorySynchroniser(store).RefreshAsync(name, null, CancellationToken.None);

        var expires = store.Repositories.Get(name).SessionExpires;
        expires.ShouldBeGreaterThan(clock.GetUtcNow().ToUnixTimeSeconds());
        expires.ShouldBeLessThanOrEqualTo(clock.GetUtcNow().AddDays(31).ToUnixTimeSeconds());
    }

    [HydrusPeerFact]
    public async Task Update_files_are_kept_in_the_store_as_files_of_the_update_types()
    {
        using var store = fixture.OpenStore(out var name, fixture.Peer.ReaderKey);

        await new RepositorySynchroniser(store).SyncAsync(name, new SyncOptions { Process = false }, CancellationToken.None);

        var updates = store.Repositories.Updates(store.Repositories.Get(name));
        updates.ShouldNotBeEmpty();
        updates.ShouldAllBe(update => update.Downloaded);
        updates.Select(update => store.GetFile(update.Hash)!.Metadata!.Mime).Distinct()
            .ShouldBe([FileMime.HydrusUpdateDefinitions, FileMime.HydrusUpdateContent], ignoreOrder: true);
    }

    [HydrusPeerFact]
    public async Task A_petitioned_mapping_and_parent_are_removed_by_the_next_sync()
    {
        var hash = FileHash.Of("petitioned file"u8);
        using var uploader = fixture.OpenStore(out var name, fixture.Peer.UploaderKey);
        var repository = uploader.Repositories.Get(name);
        uploader.Repositories.Pend(repository, [hash], ["to be removed", "kept"]);
        uploader.Repositories.QueuePair(repository, RepositoryContentType.TagParents, RepositoryUploadAction.Pend, "to be removed", "removed parent", "");
        await new RepositoryUploader(uploader).CommitAsync(name, CancellationToken.None);
        using var reader = fixture.OpenStore(out var readerName, fixture.Peer.ReaderKey);
        await PeerFixture.SyncUntilAsync(reader, readerName, store => store.TagsOf(hash).Any());

        uploader.Repositories.Petition(repository, [hash], ["to be removed"], "wrong tag");
        uploader.Repositories.QueuePair(repository, RepositoryContentType.TagParents, RepositoryUploadAction.Petition, "to be removed", "removed parent", "wrong parent");
        await new RepositoryUploader(uploader).CommitAsync(name, CancellationToken.None);
        await PeerFixture.SyncUntilAsync(reader, readerName, store => !store.TagsOf(hash).Single().StorageTags.Contains("to be removed"));

        reader.TagsOf(hash).Single().StorageTags.ShouldBe(["kept"]);
        reader.Parents(readerName).ShouldNotContain(parent => parent.ChildTag == "to be removed");
    }

    [HydrusPeerFact]
    public async Task The_account_and_its_permissions_are_kept_after_a_sync()
    {
        using var store = fixture.OpenStore(out var name, fixture.Peer.ReaderKey);

        await new RepositorySynchroniser(store).SyncAsync(name, new SyncOptions { Process = false }, CancellationToken.None);

        var account = Protocol.RepositoryAccount.Parse(System.Text.Json.Nodes.JsonNode.Parse(store.Repositories.Get(name).Account!)!);
        account.AccountType.ShouldBe("administrator");
        account.Permissions.Select(permission => permission.ToString()).ShouldContain("moderate mappings");
    }

    [HydrusPeerFact]
    public async Task A_registration_token_becomes_an_access_key_that_can_synchronise()
    {
        using var connection = fixture.Peer.Connect();
        var accessKey = await Protocol.RepositoryClient.AccessKeyFromRegistrationAsync(connection, fixture.Peer.SpareRegistrationKey, CancellationToken.None);
        using var store = fixture.OpenStore(out var name, accessKey);

        var report = await new RepositorySynchroniser(store).SyncAsync(name, new SyncOptions(), CancellationToken.None);

        report.UpdatesDownloaded.ShouldBeGreaterThan(0);
        store.TagsOf(PeerFixture.Second).ShouldNotBeEmpty();
    }

    [HydrusPeerFact]
    public async Task Processing_stopped_midway_resumes_after_a_restart_with_nothing_lost_or_doubled()
    {
        using var reference = fixture.OpenStore(out var name, fixture.Peer.ReaderKey);
        var folder = Directory.CreateTempSubdirectory("hydra-repos-restart-").FullName;
        using (var first = fixture.OpenStore(out _, fixture.Peer.ReaderKey, folder))
        {
            await new RepositorySynchroniser(first).SyncAsync(name, new SyncOptions { Process = false }, CancellationToken.None);
            new UpdateProcessor(first.Repositories).Process(name, null, CancellationToken.None, maxUnits: 2).UnitsLeft.ShouldBeGreaterThan(0);
        }

        using var reopened = fixture.OpenStore(out _, fixture.Peer.ReaderKey, folder);
        var resumed = new UpdateProcessor(reopened.Repositories).Process(name, null, CancellationToken.None);
        await new RepositorySynchroniser(reference).SyncAsync(name, new SyncOptions(), CancellationToken.None);

        resumed.UnitsLeft.ShouldBe(0);
        var (got, expected) = (reopened.Repositories.Progress(reopened.Repositories.Get(name)).Content, reference.Repositories.Progress(reference.Repositories.Get(name)).Content);
        got.ShouldBe(expected);
        got.CountedMappings.ShouldBe(got.Mappings);
        reopened.TagsOf(PeerFixture.First).Single().StorageTags.ShouldBe(reference.TagsOf(PeerFixture.First).Single().StorageTags);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
