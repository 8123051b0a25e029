using Portal.Core;
using Xunit;

namespace Portal.ModuleWalk.Tests.Walk;

[Collection(NotesWalkCollection.Name)]
public sealed class NotesDataTests(NotesWalkServer walk)
{
    [Fact]
    public void The_recipe_step_writes_the_notes_into_the_tenants_own_database_file()
    {
        var file = walk.DatabaseFile(NotesWalkServer.WithNotes);

        Assert.Equal(NotesRecipe.Titles, TenantDatabase.Column(file, "SELECT Title FROM Notes ORDER BY Id"));
        Assert.Equal(["20261201000000_NotesInitial"], TenantDatabase.Column(file, "SELECT MigrationId FROM __Migrations_NotesDb"));
    }

    [Fact]
    public void A_tenant_without_the_feature_has_no_notes_table()
    {
        var tables = TenantDatabase.Tables(walk.DatabaseFile(NotesWalkServer.WithoutNotes));

        Assert.Contains("RegistrationBooks", tables);
        Assert.DoesNotContain("Notes", tables);
        Assert.DoesNotContain("__Migrations_NotesDb", tables);
    }

    [Fact]
    public async Task A_recipe_whose_notes_step_is_wrong_is_refused_before_anything_is_written()
    {
        const string name = "xa-loi-ghi-chu";

        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => walk.Server.CreateTenantAsync(name, NotesRecipe.Broken));

        Assert.Contains(refused.Errors, e => e.Contains("('notes')") && e.Contains("tiêu đề của ghi chú thứ 1"));
        Assert.Null(await walk.FindAsync(name));
        Assert.False(Directory.Exists(Path.GetDirectoryName(walk.DatabaseFile(name))));
    }
}
