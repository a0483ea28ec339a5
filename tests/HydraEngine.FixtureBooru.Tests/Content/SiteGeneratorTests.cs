using HydraEngine.FixtureBooru.Content;
using HydraEngine.FixtureBooru.Tests.Support;
using HydraEngine.Imaging;

namespace HydraEngine.FixtureBooru.Tests.Content;

public sealed class SiteGeneratorTests
{
    private static readonly DateTimeOffset Start = BooruTestServer.ClockStart;

    private static FixtureSite Generate(int seed = 1) => SiteGenerator.Generate(new FixtureBooruOptions { Seed = seed }, Start);

    [Fact]
    public void The_same_seed_generates_the_same_files_tags_and_times()
    {
        var first = Generate();
        var second = Generate();

        second.Posts.Select(post => (post.Sha256, string.Join(' ', post.Tags), post.Posted, post.Title))
            .ShouldBe(first.Posts.Select(post => (post.Sha256, string.Join(' ', post.Tags), post.Posted, post.Title)));
    }

    [Fact]
    public void Another_seed_generates_other_files() =>
        Generate(2).Posts.Select(post => post.Sha256).Intersect(Generate(1).Posts.Select(post => post.Sha256)).ShouldBeEmpty();

    [Fact]
    public void Every_post_and_thread_file_is_unique()
    {
        var site = Generate();

        site.Files.Count.ShouldBe(site.Posts.Count + site.Threads.Sum(thread => thread.AllPosts.Count));
    }

    [Fact]
    public void Every_post_has_a_creator_a_character_a_series_and_general_tags()
    {
        foreach (var post in Generate().Posts)
        {
            post.TagsIn("creator").Count.ShouldBe(1);
            post.TagsIn("character").ShouldNotBeEmpty();
            post.TagsIn("series").Count.ShouldBe(1);
            post.TagsIn("").Count.ShouldBeGreaterThanOrEqualTo(2);
        }
    }

    [Fact]
    public void Posted_times_rise_with_the_id_and_precede_the_start()
    {
        var posts = Generate().Posts;

        posts.Select(post => post.Posted).ShouldBeInOrder(SortDirection.Ascending);
        posts[^1].Posted.ShouldBeLessThan(Start);
    }

    [Fact]
    public void Every_third_post_has_notes()
    {
        var site = Generate();

        site.FindPost(3)!.Notes.Select(note => note.Name).ShouldBe(["translation"]);
        site.FindPost(6)!.Notes.Select(note => note.Name).ShouldBe(["translation", "artist comment"]);
        site.FindPost(4)!.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Png_files_decode_with_the_repository_codec()
    {
        var png = Generate().Posts.First(post => post.File.Extension == "png");

        PngCodec.Default.Decode(png.FileBytes.Span, ImageDecodeLimits.Default).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Gif_files_decode_to_one_palette_index_per_pixel()
    {
        var gif = Generate().Posts.First(post => post.File.Extension == "gif");

        var (width, height, indices) = GifTestDecoder.Decode(gif.FileBytes.ToArray());

        indices.Length.ShouldBe(width * height);
        indices.ShouldAllBe(index => index < 4);
    }

    [Fact]
    public void Thread_replies_come_further_and_further_apart()
    {
        var posts = Generate().Threads[0].AllPosts;

        var gaps = posts.Zip(posts.Skip(1), (earlier, later) => later.Posted - earlier.Posted).ToList();

        posts[0].Posted.ShouldBe(Start);
        gaps[0].ShouldBe(TimeSpan.FromMinutes(5));
        gaps.ShouldBeInOrder(SortDirection.Ascending);
        gaps[^1].ShouldBeGreaterThan(gaps[0]);
    }
}
