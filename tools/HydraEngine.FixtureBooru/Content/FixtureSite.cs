namespace HydraEngine.FixtureBooru.Content;

/// <summary>The generated content of a fixture booru: posts, threads and every file, for serving and for assertions.</summary>
public sealed class FixtureSite
{
    private readonly Dictionary<int, FixturePost> postsById;
    private readonly Dictionary<int, FixtureThread> threadsById;
    private readonly Dictionary<string, FixtureFile> filesBySha256;

    private readonly TimeProvider clock;

    public FixtureSite(DateTimeOffset started, int postsPerPage, IReadOnlyList<FixturePost> posts, IReadOnlyList<FixtureThread> threads, TimeProvider? clock = null)
    {
        this.clock = clock ?? TimeProvider.System;
        ArgumentOutOfRangeException.ThrowIfLessThan(postsPerPage, 1);
        Started = started;
        PostsPerPage = postsPerPage;
        Posts = posts;
        Threads = threads;
        postsById = posts.ToDictionary(post => post.Id);
        threadsById = threads.ToDictionary(thread => thread.Id);
        filesBySha256 = posts.Select(post => post.File)
            .Concat(threads.SelectMany(thread => thread.AllPosts).Select(post => post.File))
            .ToDictionary(file => file.Sha256, StringComparer.Ordinal);
    }

    /// <summary>The server clock's time at start (whole seconds): threads are created then.</summary>
    public DateTimeOffset Started { get; }

    public int PostsPerPage { get; }

    /// <summary>Every booru post, by ascending id (the gallery shows them newest first).</summary>
    public IReadOnlyList<FixturePost> Posts { get; }

    public IReadOnlyList<FixtureThread> Threads { get; }

    /// <summary>Every file the site serves (posts' and threads').</summary>
    public IReadOnlyCollection<FixtureFile> Files => filesBySha256.Values;

    /// <summary>A post that is published by now (posts dated in the future appear when the clock reaches them).</summary>
    public FixturePost? FindPost(int id) => postsById.GetValueOrDefault(id) is { } post && IsPublished(post) ? post : null;

    /// <summary>Whether the server clock has reached the post's date.</summary>
    public bool IsPublished(FixturePost post) => post.Posted <= clock.GetUtcNow();

    public FixtureThread? FindThread(int id) => threadsById.GetValueOrDefault(id);

    public FixtureFile? FindFile(string sha256) => filesBySha256.GetValueOrDefault(sha256.ToLowerInvariant());

    /// <summary>The published posts a search selects, newest (highest id) first.</summary>
    public IReadOnlyList<FixturePost> Search(string? tags)
    {
        var query = TagQuery.Parse(tags);
        return Posts.Where(post => IsPublished(post) && query.Matches(post)).OrderByDescending(post => post.Id).ToList();
    }

    /// <summary>One 1-based gallery page of a search; empty past the end.</summary>
    public IReadOnlyList<FixturePost> Page(string? tags, int page) =>
        page < 1 ? [] : Search(tags).Skip((page - 1) * PostsPerPage).Take(PostsPerPage).ToList();

    /// <summary>Whether a page after <paramref name="page"/> has posts.</summary>
    public bool HasPageAfter(string? tags, int page) => Search(tags).Count > Math.Max(page, 0) * PostsPerPage;
}
