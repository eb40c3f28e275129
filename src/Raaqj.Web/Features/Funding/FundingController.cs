using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Funding;

// Staff raise the program's money here: the money page (both sides: the national raise and the regions' match), the
// funders and national partners with their pipeline, pledges with schedules, and payments.
[Route("program/{id:int}"), Authorize(Roles = Roles.Staff)]
public sealed class FundingController : Controller
{
    private const string FormPrefix = "Form";
    private const string PaymentPrefix = "Payment";
    private const string WithdrawPrefix = "Withdraw";

    [HttpGet("money")]
    public async Task<IActionResult> Money(int id, [FromServices] MoneyHandler handler) =>
        await handler.Handle(id) is { } model ? View(model) : NotFound();

    [HttpGet("funders")]
    public async Task<IActionResult> Funders(int id, [FromQuery] FunderQuery query, [FromServices] FundersHandler handler) =>
        await handler.Handle(id, query) is { } model ? View(model) : NotFound();

    [HttpGet("funders/export.{format:regex(^(csv|xlsx)$)}")]
    public async Task<IActionResult> ExportFunders(int id, string format, [FromQuery] FunderQuery query, [FromServices] FundersHandler handler, [FromServices] ProgramClock clock) =>
        TableFile(await handler.ExportAsync(id, query, format == "xlsx"), format, $"raaqj-funders-{id}-{clock.UtcNow:yyyyMMdd}");

    [HttpGet("payments/export.{format:regex(^(csv|xlsx)$)}")]
    public async Task<IActionResult> ExportPayments(int id, string format, [FromServices] FundersHandler handler, [FromServices] ProgramClock clock) =>
        TableFile(await handler.ExportPaymentsAsync(id, format == "xlsx"), format, $"raaqj-payments-{id}-{clock.UtcNow:yyyyMMdd}");

    [HttpGet("funders/new")]
    public async Task<IActionResult> NewFunder(int id, [FromServices] FunderHandler handler) =>
        await handler.PageAsync(id, null) is { } model ? View("Funder", model) : NotFound();

    [HttpPost("funders/new")]
    public Task<IActionResult> NewFunder(int id, [Bind(Prefix = FormPrefix)] FunderForm form, [FromServices] IValidator<FunderForm> validator, [FromServices] FunderHandler handler) =>
        SaveFunder(id, null, form, validator, handler);

    [HttpGet("funders/{funderId:int}")]
    public async Task<IActionResult> Funder(int id, int funderId, [FromServices] FunderHandler handler) =>
        await handler.PageAsync(id, funderId) is { } model ? View(model) : NotFound();

    [HttpPost("funders/{funderId:int}")]
    public Task<IActionResult> Funder(int id, int funderId, [Bind(Prefix = FormPrefix)] FunderForm form, [FromServices] IValidator<FunderForm> validator,
        [FromServices] FunderHandler handler) => SaveFunder(id, funderId, form, validator, handler);

    private async Task<IActionResult> SaveFunder(int id, int? funderId, FunderForm form, IValidator<FunderForm> validator, FunderHandler handler)
    {
        async Task<IActionResult> Again(int _)
        {
            if (funderId is not null && Conflicted && await handler.PageAsync(id, funderId) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.PageAsync(id, funderId, form) is { } model ? View("Funder", model) : NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(0);
        return await this.Answer(await handler.SaveAsync(id, funderId, form), funderId is null ? "Funder added. Record a pledge or a payment when it comes." : "Funder saved.",
            saved => RedirectToAction(nameof(Funder), new { id, funderId = saved }), Again);
    }

    [HttpPost("funders/{funderId:int}/payments")]
    public async Task<IActionResult> RecordPayment(int id, int funderId, [Bind(Prefix = PaymentPrefix)] PaymentForm form, [FromServices] IValidator<PaymentForm> validator,
        [FromServices] PledgeHandler pledges, [FromServices] FunderHandler funders)
    {
        async Task<IActionResult> Again(int _) => await funders.PageAsync(id, funderId, payment: form) is { } model ? View("Funder", model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, PaymentPrefix))
            return await Again(0);
        return await this.Answer(await pledges.RecordPaymentAsync(id, funderId, form), $"Payment of {Domain.Money.Dollars(form.Amount ?? 0)} recorded. The money page and the targets count it now.",
            _ => RedirectToAction(nameof(Funder), new { id, funderId }), Again, PaymentPrefix, nameof(PaymentForm.ReceivedOn), nameof(PaymentForm.PledgeId));
    }

    [HttpGet("funders/{funderId:int}/pledges/new")]
    public async Task<IActionResult> NewPledge(int id, int funderId, [FromServices] PledgeHandler handler) =>
        await handler.PageAsync(id, funderId, null) is { } model ? View("Pledge", model) : NotFound();

    [HttpPost("funders/{funderId:int}/pledges/new")]
    public Task<IActionResult> NewPledge(int id, int funderId, [Bind(Prefix = FormPrefix)] PledgeForm form, [FromServices] IValidator<PledgeForm> validator,
        [FromServices] PledgeHandler handler) => SavePledge(id, funderId, null, form, validator, handler);

    [HttpGet("funders/{funderId:int}/pledges/{pledgeId:int}")]
    public async Task<IActionResult> Pledge(int id, int funderId, int pledgeId, [FromServices] PledgeHandler handler) =>
        await handler.PageAsync(id, funderId, pledgeId) is { } model ? View(model) : NotFound();

    [HttpPost("funders/{funderId:int}/pledges/{pledgeId:int}")]
    public Task<IActionResult> Pledge(int id, int funderId, int pledgeId, [Bind(Prefix = FormPrefix)] PledgeForm form, [FromServices] IValidator<PledgeForm> validator,
        [FromServices] PledgeHandler handler) => SavePledge(id, funderId, pledgeId, form, validator, handler);

    private async Task<IActionResult> SavePledge(int id, int funderId, int? pledgeId, PledgeForm form, IValidator<PledgeForm> validator, PledgeHandler handler)
    {
        async Task<IActionResult> Again(int _)
        {
            if (pledgeId is not null && Conflicted && await handler.PageAsync(id, funderId, pledgeId) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.PageAsync(id, funderId, pledgeId, form) is { } model ? View("Pledge", model) : NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(0);
        return await this.Answer(await handler.SaveAsync(id, funderId, pledgeId, form), pledgeId is null ? "Pledge recorded. The money page counts it as pledged until it is paid." : "Pledge saved.",
            _ => RedirectToAction(nameof(Funder), new { id, funderId }), Again);
    }

    [HttpPost("funders/{funderId:int}/pledges/{pledgeId:int}/withdraw")]
    public async Task<IActionResult> WithdrawPledge(int id, int funderId, int pledgeId, [Bind(Prefix = WithdrawPrefix)] WithdrawForm form,
        [FromServices] IValidator<WithdrawForm> validator, [FromServices] PledgeHandler handler)
    {
        async Task<IActionResult> Again(int _) => await handler.PageAsync(id, funderId, pledgeId, withdraw: form) is { } model ? View("Pledge", model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, WithdrawPrefix))
            return await Again(0);
        return await this.Answer(await handler.WithdrawAsync(id, funderId, pledgeId, form), "Pledge withdrawn. What was paid stays received; the rest is no longer counted as pledged.",
            _ => RedirectToAction(nameof(Funder), new { id, funderId }), Again, WithdrawPrefix, nameof(WithdrawForm.WithdrawnOn));
    }

    private IActionResult TableFile(byte[]? file, string format, string name) =>
        file is null ? NotFound() : File(file, TableExport.TypeOf(format), $"{name}.{format}");

    private bool Conflicted => ModelState.TryGetValue("", out var general) && general.Errors.Count > 0;
}
