using HydraEngine.Model.Strings;
using static HydraEngine.Strings.Tests.ConverterTestSupport;

namespace HydraEngine.Strings.Tests;

/// <summary>Slicing, affix, reverse, integer, hash and random steps.</summary>
public sealed class TextStepTests
{
    [Theory]
    [InlineData(-3, "abcdef", "def")]
    [InlineData(10, "abcdef", "")]
    [InlineData(-10, "abcdef", "abcdef")]
    public void Remove_from_beginning_follows_python_slices(long count, string input, string expected)
    {
        Run(new RemoveFromBeginning(count), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData(-2, "abcdef", "ab")]
    [InlineData(10, "abcdef", "")]
    [InlineData(1, "ab😀", "ab")]
    public void Remove_from_end_follows_python_slices(long count, string input, string expected)
    {
        Run(new RemoveFromEnd(count), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData(-2, "abcdef", "abcd")]
    [InlineData(2, "😀😁😂", "😀😁")]
    public void Clip_from_beginning_follows_python_slices(long count, string input, string expected)
    {
        Run(new ClipFromBeginning(count), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData(-2, "abcdef", "cdef")]
    [InlineData(1, "a😀", "😀")]
    [InlineData(10, "abc", "abc")]
    public void Clip_from_end_follows_python_slices(long count, string input, string expected)
    {
        Run(new ClipFromEnd(count), input).ShouldBe(expected);
    }

    [Fact]
    public void Reverse_keeps_surrogate_pairs_whole()
    {
        Run(new Reverse(), "a😀b").ShouldBe("b😀a");
    }

    [Theory]
    [InlineData(" 12 ", 1, "13")]
    [InlineData("+5", 0, "5")]
    [InlineData("1_000", 1, "1001")]
    [InlineData("١٢", 0, "12")]
    [InlineData("99999999999999999999", 1, "100000000000000000000")]
    [InlineData("\u3000-3\u3000", 0, "-3")]
    public void Integer_addition_parses_like_python_int(string input, long delta, string expected)
    {
        Run(new IntegerAddition(delta), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("1__0")]
    [InlineData("_1")]
    [InlineData("1_")]
    [InlineData("- 5")]
    [InlineData("")]
    [InlineData("1.5")]
    [InlineData("0x10")]
    public void Integer_addition_fails_on_what_python_int_rejects(string input)
    {
        Fails(new IntegerAddition(1), input);
    }

    [Fact]
    public void Integer_addition_fails_past_python_digit_limit()
    {
        Fails(new IntegerAddition(1), new string('9', 4301));
    }

    [Theory]
    [InlineData("sha256", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")]
    [InlineData("sha512", "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043")]
    public void Hash_gives_lowercase_hex(string algorithm, string expected)
    {
        Run(new HashText(algorithm), "hello").ShouldBe(expected);
    }

    [Fact]
    public void Hash_with_an_unknown_name_fails()
    {
        Fails(new HashText("crc32"), "hello");
    }

    [Fact]
    public void Append_random_draws_from_the_population()
    {
        var result = Run(new AppendRandom("ab", 20), "x-");

        result.Length.ShouldBe(22);
        result[2..].Trim('a', 'b').ShouldBeEmpty();
    }

    [Fact]
    public void Append_random_with_no_count_appends_nothing_even_from_an_empty_population()
    {
        Run(new AppendRandom("", 0), "x").ShouldBe("x");
    }

    [Fact]
    public void Append_random_from_an_empty_population_fails()
    {
        Fails(new AppendRandom("", 2), "x");
    }
}
