using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Fuzz;

/// <summary>
/// Corrupts definitions the ways real files get corrupted and the ways an attacker would: wrong types, removed or
/// added items, hostile strings where keys and names go (regexes, <c>NaN</c>, huge text), repeated object keys,
/// lone surrogate escapes, non-finite numbers, deep nesting, truncation, flipped bits in PNGs.
/// </summary>
internal static class DefinitionMutator
{
    private static readonly string[] HostileStrings =
        [@"(\w+\s?)+$", "NaN", "", "0", "zz", new string('a', 5000), "\u0000", "https://", "%tags%", "💥", "a\nb", "<script>", "../../etc/passwd"];

    private static readonly Func<Random, JsonNode?>[] Replacements =
    [
        _ => null,
        random => JsonValue.Create(HostileStrings[random.Next(HostileStrings.Length)]),
        random => JsonValue.Create(random.Next(-5, 200)),
        _ => JsonValue.Create(long.MaxValue),
        _ => JsonValue.Create(-1.5),
        _ => JsonValue.Create(true),
        _ => new JsonArray(),
        _ => new JsonObject { ["k"] = 1 },
        _ => new JsonArray(999, 1, new JsonArray()),
        random => new JsonArray(51, random.Next(0, 5), new JsonArray(3, "", null, null, "x")),
    ];

    public static byte[] Mutate(byte[] seed, bool isPng, Random random)
    {
        if (isPng)
        {
            return MutatePng(seed, random);
        }

        var text = Encoding.UTF8.GetString(seed);
        return random.Next(3) == 0 ? Encoding.UTF8.GetBytes(MutateText(text, random)) : Encoding.UTF8.GetBytes(MutateTree(text, random));
    }

    private static string MutateText(string text, Random random)
    {
        switch (random.Next(7))
        {
            case 0:
                return text[..random.Next(text.Length)];
            case 1:
                return RepeatAKey(text, random);
            case 2:
                return ReplaceAString(text, random, "\"\\ud800x\"");
            case 3:
                return ReplaceANumber(text, random, random.Next(3) switch { 0 => "NaN", 1 => "Infinity", _ => "1e999" });
            case 4:
                var depth = random.Next(100, 400);
                return new string('[', depth) + text + new string(']', depth);
            case 5:
                return text.Insert(random.Next(text.Length), "]{\"");
            default:
                return ReplaceAString(text, random, JsonSerializer.Serialize(HostileStrings[random.Next(HostileStrings.Length)]));
        }
    }

    private static string RepeatAKey(string text, Random random)
    {
        var at = NthIndex(text, "\": ", random);
        var start = at < 0 ? -1 : text.LastIndexOf('"', at - 1);
        return start < 0 ? text : text.Insert(start, text[start..(at + 3)] + "\"repeated\", ");
    }

    private static string ReplaceAString(string text, Random random, string replacement)
    {
        var start = NthIndex(text, "\"", random);
        var end = start < 0 ? -1 : text.IndexOf('"', start + 1);
        return end < 0 ? text : text[..start] + replacement + text[(end + 1)..];
    }

    private static string ReplaceANumber(string text, Random random, string replacement)
    {
        var start = NthIndex(text, ", ", random);
        if (start < 0 || start + 2 >= text.Length || !char.IsAsciiDigit(text[start + 2]))
        {
            return text;
        }

        var end = start + 2;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return text[..(start + 2)] + replacement + text[end..];
    }

    private static int NthIndex(string text, string what, Random random)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        if (count == 0)
        {
            return -1;
        }

        var pick = random.Next(count);
        var index = text.IndexOf(what, StringComparison.Ordinal);
        for (; pick > 0; pick--)
        {
            index = text.IndexOf(what, index + 1, StringComparison.Ordinal);
        }

        return index;
    }

    private static string MutateTree(string text, Random random)
    {
        var root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 512 })!;
        var slots = new List<(JsonNode Parent, object Slot)>();
        Collect(root, slots);
        for (var edits = random.Next(1, 4); edits > 0 && slots.Count > 0; edits--)
        {
            var (parent, slot) = slots[random.Next(slots.Count)];
            var replacement = Replacements[random.Next(Replacements.Length)](random);
            switch (parent, slot)
            {
                case (JsonArray array, int index) when index < array.Count:
                    Edit(array, index, replacement, random);
                    break;
                case (JsonObject map, string key) when map.ContainsKey(key):
                    map[key] = replacement;
                    break;
            }
        }

        return root.ToJsonString();
    }

    private static void Edit(JsonArray array, int index, JsonNode? replacement, Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                array[index] = replacement;
                break;
            case 1:
                array.RemoveAt(index);
                break;
            default:
                array.Insert(index, replacement);
                break;
        }
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, object Slot)> slots)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                slots.Add((array, i));
                if (array[i] is { } child)
                {
                    Collect(child, slots);
                }
            }
        }
        else if (node is JsonObject map)
        {
            foreach (var (key, value) in map.ToList())
            {
                slots.Add((map, key));
                if (value is not null)
                {
                    Collect(value, slots);
                }
            }
        }
    }

    private static byte[] MutatePng(byte[] png, Random random)
    {
        var bytes = (byte[])png.Clone();
        switch (random.Next(3))
        {
            case 0:
                for (var flips = random.Next(1, 9); flips > 0; flips--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 1:
                return bytes[..random.Next(bytes.Length)];
            default:
                var garbage = new byte[random.Next(1, 256)];
                random.NextBytes(garbage);
                var at = random.Next(8, bytes.Length);
                return [.. bytes[..at], .. garbage, .. bytes[at..]];
        }
    }
}
