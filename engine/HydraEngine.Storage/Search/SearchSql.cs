namespace HydraEngine.Storage.Search;

/// <summary>Assembles the final search statement.</summary>
internal static class SearchSql
{
    public static string Compose(int domainId, string? driverSelect, IReadOnlyList<string> conditions, bool joinFilesInfo, SearchSort? sqlSort, int? sqlLimit)
    {
        var from = driverSelect is null
            ? "FROM current_files f"
            : $"FROM ({driverSelect}) d CROSS JOIN current_files f ON f.service_id = {domainId} AND f.hash_id = d.hash_id";
        var info = joinFilesInfo ? " CROSS JOIN files_info i ON i.hash_id = f.hash_id" : "";
        var where = new List<string>(conditions);
        if (driverSelect is null)
        {
            where.Insert(0, $"f.service_id = {domainId}");
        }

        var order = sqlSort switch
        {
            { Kind: SortKind.ImportTime } => $" ORDER BY f.timestamp_ms {Direction(sqlSort)}, f.hash_id {Direction(sqlSort)}",
            { Kind: SortKind.FileSize } => $" ORDER BY i.size {Direction(sqlSort)}, f.hash_id {Direction(sqlSort)}",
            _ => "",
        };
        var limit = sqlLimit is { } max ? $" LIMIT {max}" : "";
        var whereClause = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        return $"SELECT f.hash_id {from}{info}{whereClause}{order}{limit}";
    }

    private static string Direction(SearchSort sort) => sort.Descending ? "DESC" : "ASC";
}
