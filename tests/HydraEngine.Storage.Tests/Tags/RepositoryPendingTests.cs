using HydraEngine.Storage.Files;
using HydraEngine.Storage.Repositories;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Tags;

public sealed class RepositoryPendingTests
{
    [Fact]
    public void Tags_removed_from_a_repository_service_become_a_petition_and_the_service_is_unchanged()
    {
        using var temp = new TempStore();
        var repository = temp.Store.Repositories.Add("ptr", "ptr.example", 45871, new byte[32]);
        var hash = FileHash.Of("a file"u8);

        temp.Store.RemoveTags([hash], ["Blue Sky"], "ptr");
        temp.Store.AddParent("samus", "metroid", "ptr");

        temp.Store.Repositories.Pending(repository).ShouldBe([
            new RepositoryPendingContent(RepositoryContentType.Mappings, RepositoryUploadAction.Petition, "blue sky", hash.ToHex(), "removed locally"),
            new RepositoryPendingContent(RepositoryContentType.TagParents, RepositoryUploadAction.Pend, "samus", "metroid", "")]);
        temp.Store.TagsOf(hash).ShouldBeEmpty();
        temp.Store.Parents("ptr").ShouldBeEmpty();
    }

    [Fact]
    public void An_access_key_of_the_wrong_length_is_refused()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.Repositories.Add("ptr", "ptr.example", 45871, new byte[5]))
            .Message.ShouldContain("32 bytes");
        temp.Store.Services.ShouldNotContain(service => service.Name == "ptr");
    }
}
