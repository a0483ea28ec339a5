using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;
using HydraEngine.Storage;
using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>The <c>/add_files/*</c> endpoints that change a file's state: each takes the files and answers 200 with no body.</summary>
internal abstract class FileStateEndpoint : IApiEndpoint
{
    public abstract string Path { get; }

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddFiles);

    public Task HandleAsync(ApiRequest request)
    {
        request.Api.Store.Use(store => Apply(store, request.Args, FileIdentifiers.Hashes(request.Args, store)));
        request.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    protected abstract void Apply(HydraStore store, ApiArguments args, IReadOnlyList<FileHash> hashes);
}

/// <summary><c>/add_files/delete_files</c>: into the trash, from one domain (<c>file_service_key</c>) or all, with a <c>reason</c>.</summary>
internal sealed class DeleteFilesEndpoint : FileStateEndpoint
{
    public override string Path => "/add_files/delete_files";

    protected override void Apply(HydraStore store, ApiArguments args, IReadOnlyList<FileHash> hashes)
    {
        var domain = args.Has("file_service_key") || args.Has("file_service_name") ? ServiceArguments.FileDomain(args, store, "") : null;
        store.Delete(hashes, new DeleteOptions(domain, Reason: args.OptionalString("reason")));
    }
}

/// <summary><c>/add_files/undelete_files</c>: back from the trash.</summary>
internal sealed class UndeleteFilesEndpoint : FileStateEndpoint
{
    public override string Path => "/add_files/undelete_files";

    protected override void Apply(HydraStore store, ApiArguments args, IReadOnlyList<FileHash> hashes) => store.Undelete(hashes);
}

/// <summary><c>/add_files/archive_files</c>: out of the inbox.</summary>
internal sealed class ArchiveFilesEndpoint : FileStateEndpoint
{
    public override string Path => "/add_files/archive_files";

    protected override void Apply(HydraStore store, ApiArguments args, IReadOnlyList<FileHash> hashes) => store.Archive(hashes);
}

/// <summary><c>/add_files/unarchive_files</c>: back into the inbox.</summary>
internal sealed class UnarchiveFilesEndpoint : FileStateEndpoint
{
    public override string Path => "/add_files/unarchive_files";

    protected override void Apply(HydraStore store, ApiArguments args, IReadOnlyList<FileHash> hashes) => store.Inbox(hashes);
}
