using System.Text;

namespace HydraEngine.Fuzz;

/// <summary>
/// Pages an attacker (or a broken site) serves: deep nesting and huge flat lists of HTML elements, deep or
/// repeated-key JSON, lone surrogate escapes, huge numbers, XML with odd declarations, random bytes, and the
/// project's own saved pages truncated or with bits flipped.
/// </summary>
internal static class HostilePages
{
    public static string Make(Random random, IReadOnlyList<string> seeds) => random.Next(10) switch
    {
        0 => Repeat("<div>", random.Next(100, 3_000), "x"),
        1 => "<ul>" + Repeat("<li><a href=\"/post/1\">a</a></li>", random.Next(100, 10_000), "") + "</ul>",
        2 => new string('[', random.Next(100, 2_000)) + "1" + new string(']', random.Next(0, 2_000)),
        3 => "{" + string.Join(", ", Enumerable.Range(0, random.Next(1, 500)).Select(i => $"\"posts\": [{{\"id\": {i}, \"id\": \"\\ud800x\"}}]")) + "}",
        4 => "{\"posts\": [" + string.Join(", ", Enumerable.Range(0, random.Next(1, 2_000)).Select(_ => "1e999, -0, 123456789012345678901234567890")) + "]}",
        5 => "<?xml version=\"1.0\" encoding=\"utf-16\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]><x>" + Repeat("<y>&a;", random.Next(10, 3_000), "") + "</x>",
        6 => RandomText(random),
        7 => Truncate(seeds[random.Next(seeds.Count)], random),
        8 => FlipCharacters(seeds[random.Next(seeds.Count)], random),
        _ => "<html><body>" + Repeat("<span><b><i>", random.Next(100, 2_000), "<a href=\"http://e/\">t</a>") + "<!--",
    };

    private static string Repeat(string open, int count, string middle)
    {
        var builder = new StringBuilder((open.Length * 2 * count) + middle.Length);
        for (var i = 0; i < count; i++)
        {
            builder.Append(open);
        }

        builder.Append(middle);
        return builder.ToString();
    }

    private static string RandomText(Random random)
    {
        var characters = new char[random.Next(0, 20_000)];
        for (var i = 0; i < characters.Length; i++)
        {
            characters[i] = (char)random.Next(0, 0x3000);
        }

        return new string(characters);
    }

    private static string Truncate(string page, Random random) => page[..random.Next(page.Length + 1)];

    private static string FlipCharacters(string page, Random random)
    {
        var characters = page.ToCharArray();
        for (var flips = random.Next(1, 20); flips > 0 && characters.Length > 0; flips--)
        {
            characters[random.Next(characters.Length)] = "<>\"'&{}[],:\\/"[random.Next(13)];
        }

        return new string(characters);
    }
}
