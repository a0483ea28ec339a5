namespace HydraEngine.Storage.Search;

/// <summary>A search that cannot be parsed; <see cref="Column"/> is 1-based.</summary>
public sealed class QuerySyntaxException : StoreException
{
    public QuerySyntaxException(string problem, int column)
        : base($"search syntax error at column {column}: {problem}")
    {
        Problem = problem;
        Column = column;
    }

    public string Problem { get; }

    public int Column { get; }
}
