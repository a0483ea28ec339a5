using System.Text.Json.Nodes;
using HydraEngine.Repositories.Protocol;
using HydraEngine.Storage;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Sync;

/// <summary>
/// Commits a repository's pending uploads in one <c>POST /update</c>: a client-to-server update (type 40) whose
/// contents (type 23) are pended or petitioned mappings (one per tag), siblings and parents. The pending rows are
/// forgotten only after the server accepted them. What was uploaded shows in the repository's next update.
/// </summary>
public sealed class RepositoryUploader(HydraStore store)
{
    private const int ClientToServerUpdateType = 40;
    private const int ContentType = 23;

    public async Task<int> CommitAsync(string name, CancellationToken cancellationToken)
    {
        var repositories = store.Repositories;
        var repository = repositories.Get(name);
        var pending = repositories.Pending(repository);
        if (pending.Count == 0)
        {
            return 0;
        }

        using var connection = new RepositoryConnection(repository.Host, repository.Port, repositories.Clock);
        var client = new RepositorySynchroniser(store).OpenClient(connection, repository);
        await client.CommitAsync(Build(pending), cancellationToken).ConfigureAwait(false);
        repositories.ClearPending(repository);
        return pending.Count;
    }

    /// <summary>The client-to-server update tuple for these pending changes.</summary>
    public static JsonArray Build(IReadOnlyList<RepositoryPendingContent> pending)
    {
        var actions = new JsonArray();
        foreach (var byAction in pending.GroupBy(content => content.Action))
        {
            var contents = new JsonArray();
            foreach (var mapping in byAction.Where(content => content.ContentType == RepositoryContentType.Mappings).GroupBy(content => (content.First, content.Reason)))
            {
                var hashes = new JsonArray(mapping.Select(content => (JsonNode?)JsonValue.Create(content.Second)).ToArray());
                contents.Add(Content(RepositoryContentType.Mappings, new JsonArray(mapping.Key.First, hashes), mapping.Key.Reason));
            }

            foreach (var pair in byAction.Where(content => content.ContentType != RepositoryContentType.Mappings))
            {
                contents.Add(Content(pair.ContentType, new JsonArray(pair.First, pair.Second), pair.Reason));
            }

            actions.Add(new JsonArray((int)byAction.Key, contents));
        }

        return new JsonArray(ClientToServerUpdateType, 1, actions);
    }

    private static JsonArray Content(RepositoryContentType type, JsonNode data, string reason) =>
        new(new JsonArray(ContentType, 1, new JsonArray((int)type, data)), reason.Length == 0 ? "uploaded from HydraEngine" : reason);
}
