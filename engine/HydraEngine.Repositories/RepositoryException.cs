namespace HydraEngine.Repositories;

/// <summary>A repository problem the user can act on: the server refused, was unreachable, or sent bad data.</summary>
public class RepositoryException : Exception
{
    public RepositoryException(string message)
        : base(message)
    {
    }

    public RepositoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status the server answered with, when it answered.</summary>
    public int? StatusCode { get; init; }
}
