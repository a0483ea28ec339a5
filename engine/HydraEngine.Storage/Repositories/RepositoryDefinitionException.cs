namespace HydraEngine.Storage.Repositories;

/// <summary>Content named a repository id no processed definitions update defined (hydrus pauses the service and asks for a reset).</summary>
public sealed class RepositoryDefinitionException(string message) : StoreException(message);
