using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Search;

/// <summary>A store with a few files of known sizes, tags, URLs and import times.</summary>
internal sealed class SearchFixture : IDisposable
{
    public SearchFixture()
    {
        Temp = new TempStore();
        Small = Import(SampleFiles.Png(100, 50, "small"), "png", ["blue eyes", "solo", "page:2"], ["https://booru.example/post/1"]);
        Temp.Clock.Advance(TimeSpan.FromDays(10));
        Wide = Import(SampleFiles.Jpeg(1920, 1080, "wide" + new string('x', 5000)), "jpg", ["green eyes", "solo", "page:10", "character:samus aran"], []);
        Temp.Clock.Advance(TimeSpan.FromDays(10));
        Animated = Import(SampleFiles.Gif(10, 10, "anim", frames: 3), "gif", [], ["https://other.example/a"]);
        Temp.Clock.Advance(TimeSpan.FromDays(1));
    }

    public TempStore Temp { get; }

    public HydraStore Store => Temp.Store;

    /// <summary>Oldest; 100×50 PNG; blue eyes, solo, page:2; one booru URL.</summary>
    public FileHash Small { get; }

    /// <summary>Middle; 1920×1080 JPEG, the biggest file; green eyes, solo, page:10, character:samus aran.</summary>
    public FileHash Wide { get; }

    /// <summary>Newest; animated GIF; untagged; a URL on other.example.</summary>
    public FileHash Animated { get; }

    public IReadOnlyList<FileHash> Search(string query) => Store.Search(query).Hashes;

    public void Dispose() => Temp.Dispose();

    private FileHash Import(byte[] bytes, string extension, IReadOnlyList<string> tags, IReadOnlyList<string> urls) =>
        Store.Import(Temp.WriteInput(bytes, extension), new ImportOptions { Tags = tags, Urls = urls }).Hash;
}
