using HydraEngine.Parsing.Formulae.Json;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Formulae.Json;

/// <summary>A JSON value dumped straight from its document (nothing read yet) is the text its Python view dumps to.</summary>
public sealed class PyElementJsonTests
{
    [Theory]
    [InlineData(D2)]
    [InlineData("{\"a\": 1, \"b\": {\"x\": [1, 2.50, -0, 1e400, NaN], \"x\": \"last\"}, \"a\": 3, \"c\": \"\\u00e9\\n\\\"\\u0001\"}")]
    [InlineData("[{\"k\": null, \"t\": true, \"f\": false, \"big\": 123456789012345678901234567890, \"lone\": \"\\ud800\"}, [], {}]")]
    public void An_unread_value_dumps_as_its_read_view_does(string json)
    {
        var unread = PyText.Dumps(PyJsonReader.Parse(json));

        PyText.Dumps(ReadAll(PyJsonReader.Parse(json))).ShouldBe(unread);
    }

    [Fact]
    public void Repeated_keys_deep_in_an_unread_value_keep_the_first_position_and_last_value() =>
        PyText.Dumps(PyJsonReader.Parse("[{\"o\": {\"a\": 1, \"b\": 2, \"a\": 3}}]")).ShouldBe("[{\"o\": {\"a\": 3, \"b\": 2}}]");

    /// <summary>The value with every dict, list and string read, so dumping it goes through the Python view.</summary>
    private static PyValue ReadAll(PyValue value)
    {
        switch (value)
        {
            case PyDict dict:
                dict.Pairs.ForEach(pair => ReadAll(pair.Value));
                break;
            case PyList list:
                list.Items.ForEach(item => ReadAll(item));
                break;
            case PyString text:
                _ = text.Value;
                break;
        }

        value.UnreadElement.ShouldBeNull();
        return value;
    }
}
