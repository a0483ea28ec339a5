using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>String Converter (55): <c>(conversions, example_string)</c>, each conversion <c>[type, data]</c>.</summary>
internal sealed class StringConverterCodec : HydrusCodec<StringConverter>
{
    public override int TypeId => HydrusTypes.StringConverter;

    protected override StringConverter ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(2, "a String Converter");
        var conversions = new List<StringConversion>();
        foreach (var step in info[0].Items("the conversions"))
        {
            if (step.ExpectArray(2, "a conversion [type, data]") && ReadConversion(step[0].Int32("the conversion type"), step[1]) is { } conversion)
            {
                conversions.Add(conversion);
            }
        }

        return new StringConverter(new EquatableArray<StringConversion>(conversions), info[1].String("the example string"));
    }

    protected override JsonNode? Write(StringConverter value, HydrusWriter writer) =>
        new JsonArray(new JsonArray(value.Conversions.Select(WriteConversion).ToArray()), value.Example);

    private static StringConversion? ReadConversion(int type, HydrusNode data) => type switch
    {
        0 => new RemoveFromBeginning(data.Int64("the count")),
        1 => new RemoveFromEnd(data.Int64("the count")),
        2 => new Prepend(data.String("the text")),
        3 => new Append(data.String("the text")),
        4 => new EncodeText(data.Enum<TextEncoding>("the encoding")),
        5 => new DecodeText(data.Enum<TextEncoding>("the encoding")),
        6 => new ClipFromBeginning(data.Int64("the count")),
        7 => new ClipFromEnd(data.Int64("the count")),
        8 => new Reverse(),
        9 when data.ExpectArray(2, "a regex substitution [pattern, replacement]") =>
            new RegexSubstitution(data[0].String("the pattern"), data[1].String("the replacement")),
        10 when data.ExpectArray(3, "a date decode [format, timezone, offset]") =>
            new DateDecode(data[0].String("the date format"), data[1].Enum<DateTimezone>("the timezone"), data[2].Int64("the offset")),
        11 => new IntegerAddition(data.Int64("the delta")),
        12 when data.ExpectArray(2, "a date encode [format, timezone]") =>
            new DateEncode(data[0].String("the date format"), data[1].Enum<DateTimezone>("the timezone")),
        13 => new HashText(data.String("the hash algorithm")),
        14 => new DateDecodeEasy(),
        15 when data.ExpectArray(2, "an append-random [population, count]") =>
            new AppendRandom(data[0].String("the population"), data[1].Int64("the count")),
        9 or 10 or 12 or 15 => null,
        _ => Unknown(type, data),
    };

    private static StringConversion? Unknown(int type, HydrusNode data)
    {
        data.Fail(DiagnosticCodes.FieldValue, $"conversion type {type} is not one hydrus knows (0–15).");
        return null;
    }

    private static JsonNode WriteConversion(StringConversion conversion) => conversion switch
    {
        RemoveFromBeginning c => Pair(0, c.Count),
        RemoveFromEnd c => Pair(1, c.Count),
        Prepend c => Pair(2, c.Text),
        Append c => Pair(3, c.Text),
        EncodeText c => Pair(4, (int)c.Encoding),
        DecodeText c => Pair(5, (int)c.Encoding),
        ClipFromBeginning c => Pair(6, c.Count),
        ClipFromEnd c => Pair(7, c.Count),
        Reverse => Pair(8, null),
        RegexSubstitution c => Pair(9, new JsonArray(c.Pattern, c.Replacement)),
        DateDecode c => Pair(10, new JsonArray(c.Format, (int)c.Timezone, c.OffsetSeconds)),
        IntegerAddition c => Pair(11, c.Delta),
        DateEncode c => Pair(12, new JsonArray(c.Format, (int)c.Timezone)),
        HashText c => Pair(13, c.Algorithm),
        DateDecodeEasy => Pair(14, null),
        AppendRandom c => Pair(15, new JsonArray(c.Population, c.Count)),
        _ => throw new InvalidOperationException($"{conversion.GetType().Name} has no hydrus form."),
    };

    private static JsonArray Pair(int type, JsonNode? data) => new(type, data);
}
