namespace HydraEngine.FixtureBooru.Content;

/// <summary>A post in a thread; it is visible from <see cref="Posted"/> on (server clock).</summary>
public sealed record FixtureThreadPost(int Number, DateTimeOffset Posted, string Comment, FixtureFile File);

/// <summary>
/// An imageboard thread: its posts appear over clock time and the thread is gone (404) from <see cref="Expires"/>.
/// </summary>
public sealed record FixtureThread(int Id, string Subject, DateTimeOffset Created, DateTimeOffset Expires, IReadOnlyList<FixtureThreadPost> AllPosts)
{
    /// <summary>The site-relative thread path, e.g. <c>/thread/1</c>.</summary>
    public string PagePath => $"/thread/{Id}";

    public bool IsAlive(DateTimeOffset now) => now < Expires;

    /// <summary>The posts visible at <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<FixtureThreadPost> PostsAt(DateTimeOffset now) => AllPosts.Where(post => post.Posted <= now).ToList();
}
