using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.ApiTokens.Models;
using Portal.Core.Data;

namespace Portal.ApiTokens.Migrations;

[DbContext(typeof(ApiTokensDb))]
[Migration("20261126001000_ApiTokensInitial")]
public sealed class ApiTokensInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("ApiTokens", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            Name = t.Column<string>(maxLength: 100, nullable: false),
            Scopes = t.Column<string>(maxLength: 200, nullable: false),
            SecretHash = t.Column<string>(maxLength: 64, nullable: false),
            Prefix = t.Column<string>(maxLength: 16, nullable: false),
            SecurityStamp = t.Column<string>(maxLength: 256, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ExpiresUtc = t.Column<DateTime>(nullable: false),
            LastUsedUtc = t.Column<DateTime>(nullable: true),
            RevokedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ApiTokens", x => x.Id));
        b.CreateIndex("IX_ApiTokens_SecretHash", "ApiTokens", "SecretHash", unique: true);
        b.CreateIndex("IX_ApiTokens_UserId", "ApiTokens", "UserId");
    }
}
