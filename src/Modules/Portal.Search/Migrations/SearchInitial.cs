using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Search.Models;

namespace Portal.Search.Migrations;

[DbContext(typeof(SearchDb))]
[Migration("20261203000200_SearchInitial")]
public sealed class SearchInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("SavedSearches", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Query = t.Column<string>(maxLength: 2000, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SavedSearches", x => x.Id));
        b.CreateIndex("IX_SavedSearches_UserId", "SavedSearches", "UserId");
    }
}
