namespace HydraEngine.Storage;

/// <summary>
/// A problem the user can act on (bad input, unknown hash or service, a broken store). The message is written
/// for people; when it is thrown the store is unchanged.
/// </summary>
public class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
