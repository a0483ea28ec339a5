using System.Globalization;
using System.Text.Json.Nodes;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>String Match (51): <c>(match_type, match_value, min_chars, max_chars, example_string)</c>.</summary>
internal sealed class StringMatchCodec : HydrusCodec<StringMatch>
{
    public override int TypeId => HydrusTypes.StringMatch;

    protected override StringMatch ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(5, "a String Match");
        var type = info[0].Enum<StringMatchType>("the match type");
        var value = type == StringMatchType.Flexible ? FlexibleWord(info[1].Int32("the flexible character class")) : info[1].String("the match value");
        return new StringMatch(type, value, info[2].NullableInt32("min chars"), info[3].NullableInt32("max chars"), info[4].String("the example string"));
    }

    protected override JsonNode? Write(StringMatch value, HydrusWriter writer) =>
        new JsonArray((int)value.MatchType, value.MatchType == StringMatchType.Flexible ? FlexibleNumber(value.Value) : value.Value, value.MinChars, value.MaxChars, value.Example);

    private static string FlexibleWord(int number) =>
        number >= 0 && number < FlexibleCharacterClasses.Words.Count
            ? FlexibleCharacterClasses.Words[number]
            : number.ToString(CultureInfo.InvariantCulture);

    private static int FlexibleNumber(string word)
    {
        for (var i = 0; i < FlexibleCharacterClasses.Words.Count; i++)
        {
            if (FlexibleCharacterClasses.Words[i] == word)
            {
                return i;
            }
        }

        return int.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : -1;
    }
}
