namespace HydraEngine.FixtureBooru.Content;

/// <summary>Builds a <see cref="FixtureSite"/> from the options' seed; the same seed and start give the same site.</summary>
internal static class SiteGenerator
{
    public static FixtureSite Generate(FixtureBooruOptions options, DateTimeOffset now)
    {
        var started = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        var random = new Random(options.Seed);
        var posts = Enumerable.Range(1, options.PostCount).Select(id => Post(options, random, id, started)).ToList();
        var threads = Enumerable.Range(1, options.Threads.Count).Select(id => Thread(options, id, started)).ToList();
        return new FixtureSite(started, options.PostsPerPage, posts, threads, options.Clock);
    }

    private static FixturePost Post(FixtureBooruOptions options, Random random, int id, DateTimeOffset started)
    {
        var creator = Pick(random, TagVocabulary.Creators, 1)[0];
        var characters = Pick(random, TagVocabulary.Characters, 1 + random.Next(2));
        var series = Pick(random, TagVocabulary.Series, 1)[0];
        var general = Pick(random, TagVocabulary.General, 2 + random.Next(4));
        var tags = new List<string> { "creator:" + creator };
        tags.AddRange(characters.Select(character => "character:" + character));
        tags.Add("series:" + series);
        tags.AddRange(general);

        var title = $"{Capitalise(characters[0])} and {general[0].Replace('_', ' ')} (study {id})";
        var notes = new List<FixtureNote>();
        if (id % 3 == 0)
        {
            notes.Add(new FixtureNote("translation", $"Translation for post {id}:\n{characters[0]} says hello & waves"));
        }

        if (id % 6 == 0)
        {
            notes.Add(new FixtureNote("artist comment", $"Drawn by {creator} for the {series.Replace('_', ' ')} series."));
        }

        var intervalSeconds = (long)options.PostInterval.TotalSeconds;
        var jitter = random.Next((int)Math.Clamp(intervalSeconds / 2, 1, 3600));
        var posted = started.AddSeconds(-((options.PostCount - options.FuturePosts - id + 1) * intervalSeconds) + jitter);
        var score = random.Next(100);
        var rating = random.Next(3) == 0 ? "q" : "s";
        var fileRandom = new Random(unchecked((options.Seed * 1_000_003) + id));
        var file = id % 10 == 7 ? ImageFactory.Gif(fileRandom, id) : ImageFactory.Png(fileRandom, id);
        return new FixturePost(id, title, tags, notes, posted, score, rating, file);
    }

    private static FixtureThread Thread(FixtureBooruOptions options, int id, DateTimeOffset started)
    {
        var schedule = options.Threads;
        var random = new Random(unchecked((options.Seed * 1_000_003) + 500_000 + id));
        var series = TagVocabulary.Series[(id - 1) % TagVocabulary.Series.Count];
        var subject = $"Fixture thread {id}: {series.Replace('_', ' ')} appreciation";
        var posts = new List<FixtureThreadPost>();
        var offsetSeconds = 0.0;
        for (var index = 0; index < schedule.MaxPosts; index++)
        {
            if (index > 0)
            {
                offsetSeconds += schedule.FirstInterval.TotalSeconds * Math.Pow(schedule.Slowdown, index - 1);
            }

            var number = (id * 1000) + index;
            var comment = index == 0 ? $"Post your {series.Replace('_', ' ')} pictures here." : $"Reply {index} with a picture.";
            var file = ImageFactory.Png(random, 100_000 + number);
            posts.Add(new FixtureThreadPost(number, started.AddSeconds(Math.Round(offsetSeconds)), comment, file));
        }

        return new FixtureThread(id, subject, started, started + schedule.Lifetime, posts);
    }

    private static List<string> Pick(Random random, IReadOnlyList<string> from, int count) =>
        from.OrderBy(_ => random.Next()).Take(count).ToList();

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
