using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Portal.Core.Data;

/// <summary>
/// Points a pooled PostgreSQL connection that EF opens at the tenant's schema. Npgsql resets the
/// session (DISCARD ALL) when the connection goes back to the pool, so the path never outlives the work.
/// </summary>
internal sealed class TenantSchemaSession : DbConnectionInterceptor
{
    public static readonly TenantSchemaSession Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SetAsync(connection, SchemaOf(eventData.Context), local: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default) =>
        SetAsync(connection, SchemaOf(eventData.Context), local: false, cancellationToken);

    /// <summary>set_config(…, true) is SET LOCAL: it ends with the transaction.</summary>
    public static async Task SetAsync(DbConnection connection, string schema, bool local, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT set_config('search_path', $1, $2)", (NpgsqlConnection)connection);
        command.Parameters.Add(new NpgsqlParameter { Value = schema });
        command.Parameters.Add(new NpgsqlParameter { Value = local });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string SchemaOf(DbContext? context) =>
        context?.GetService<IDbContextOptions>().FindExtension<TenantSchemaExtension>()?.Schema
        ?? throw new InvalidOperationException("A tenant connection was opened without a tenant schema.");
}
