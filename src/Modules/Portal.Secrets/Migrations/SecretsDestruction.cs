using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Secrets.Models;

namespace Portal.Secrets.Migrations;

/// <summary>The day a document was destroyed, and the erasure key its files are sealed to.</summary>
[DbContext(typeof(SecretsDb))]
[Migration("20270101000000_SecretsDestruction")]
public sealed class SecretsDestruction : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<DateOnly>("DestroyedOn", "SecretRegister", nullable: true);
        b.AddColumn<Guid>("ErasureKeyId", "SecretRegister", nullable: true);
    }
}
