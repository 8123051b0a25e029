using System.Collections;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Portal.Benchmarks;

/// <summary>
/// Internal counts that explain memory: EF Core's cached internal service providers (one per distinct
/// options shape) and Microsoft.Data.Sqlite's connection pool groups (one per connection string).
/// Read by reflection; -1 when a library's internals moved.
/// </summary>
public static class RuntimeCounters
{
    public static int EfServiceProviders() =>
        CountOf(typeof(DbContext).Assembly, "Microsoft.EntityFrameworkCore.Internal.ServiceProviderCache", "_configurations");

    public static int SqlitePoolGroups() =>
        CountOf(typeof(SqliteConnection).Assembly, "Microsoft.Data.Sqlite.SqliteConnectionFactory", "_poolGroups");

    private static int CountOf(Assembly assembly, string typeName, string fieldName)
    {
        const BindingFlags any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
        var type = assembly.GetType(typeName);
        var instance = type?.GetProperty("Instance", any)?.GetValue(null) ?? type?.GetField("Instance", any)?.GetValue(null);
        if (instance is null)
            return -1;
        return type!.GetField(fieldName, any)?.GetValue(instance) switch
        {
            ICollection collection => collection.Count,
            _ => -1,
        };
    }
}
