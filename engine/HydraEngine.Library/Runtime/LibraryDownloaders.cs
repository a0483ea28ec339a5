using HydraEngine.Library.Lookup;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Login;
using HydraEngine.Model.Network;

namespace HydraEngine.Library.Runtime;

/// <summary>
/// What a download run needs from the library at one revision: the domain manager (URL classes, parsers, links),
/// gallery URL generation by GUG name, domain metadata (headers, bandwidth rules) and login scripts. Immutable.
/// </summary>
public sealed class LibraryDownloaders
{
    private readonly LibrarySnapshot snapshot;
    private readonly Lazy<GugRunner> gugs;

    internal LibraryDownloaders(LibrarySnapshot snapshot, long revision)
    {
        this.snapshot = snapshot;
        Revision = revision;
        gugs = new Lazy<GugRunner>(() => new GugRunner(snapshot.Gugs));
    }

    public long Revision { get; }

    public DomainManager Domains => snapshot.Manager;

    public IReadOnlyList<DomainMetadataPackage> DomainMetadata => snapshot.DomainMetadata.ToList();

    public IReadOnlyList<LoginScript> LoginScripts => snapshot.Objects.Select(item => item.Definition).OfType<LoginScript>().ToList();

    /// <summary>The gallery URLs the named GUG or nested GUG makes for <paramref name="searchText"/>.</summary>
    /// <exception cref="LibraryException">no such GUG, or it cannot make a URL from the text.</exception>
    public IReadOnlyList<string> GalleryUrls(string gugName, string searchText) => gugs.Value.Generate(gugName, searchText);

    /// <summary>Whether a GUG or nested GUG of that name exists.</summary>
    public bool HasGug(string gugName) => snapshot.Gugs.OfType<Model.Common.INamedDefinition>().Any(gug => gug.Name == gugName);
}
