using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Secrets.Models;

namespace Portal.Secrets.Migrations;

/// <summary>Whether an entry's period is the shorter one written on the document rather than the tenant's for its level.</summary>
[DbContext(typeof(SecretsDb))]
[Migration("20270101000001_SecretsStatedPeriod")]
public sealed class SecretsStatedPeriod : Migration
{
    protected override void Up(MigrationBuilder b) => b.AddColumn<bool>("PeriodStated", "SecretRegister", nullable: false, defaultValue: false);
}
