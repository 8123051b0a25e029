using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Access.Models;
using Portal.Core.Data;

namespace Portal.Access.Migrations;

[DbContext(typeof(AccessDb))]
[Migration("20261125004000_AccessInitial")]
public sealed class AccessInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("AccessEntries", t => new
        {
            Id = t.Column<long>(nullable: false).Generated(),
            ResourceKind = t.Column<string>(maxLength: 50, nullable: false),
            ResourceId = t.Column<string>(maxLength: 100, nullable: false),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            Position = t.Column<int>(nullable: false),
            Reason = t.Column<string>(maxLength: 1000, nullable: false),
            GrantedBy = t.Column<string>(maxLength: 100, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AccessEntries", x => x.Id));
        b.CreateIndex("IX_AccessEntries_ResourceKind_ResourceId_UserId_Position", "AccessEntries",
            ["ResourceKind", "ResourceId", "UserId", "Position"], unique: true);
    }
}
