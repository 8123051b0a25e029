using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;

namespace Portal.Core.Outbox.Migrations;

[DbContext(typeof(OutboxDb))]
[Migration("20261203000100_OutboxInitial")]
public sealed class OutboxInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                Topic = table.Column<string>(maxLength: 100, nullable: false),
                Payload = table.Column<string>(maxLength: OutboxLimits.PayloadLength, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptUtc = table.Column<DateTime>(nullable: false),
                FailedUtc = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: OutboxLimits.ErrorLength, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", t => t.Id));
        migrationBuilder.CreateIndex("IX_OutboxMessages_Due", "OutboxMessages", ["FailedUtc", "NextAttemptUtc", "Id"]);
    }
}
