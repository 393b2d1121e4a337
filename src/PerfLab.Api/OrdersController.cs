using Microsoft.AspNetCore.Mvc;

namespace PerfLab.Api;

/// <summary>The endpoint styles comparison's MVC row: the same orders through a controller action.</summary>
[ApiController]
[Route(ApiRoutes.MvcTemplate)]
public sealed class OrdersController(OrderCatalog catalog) : ControllerBase
{
    [HttpGet("{customerId:long}")]
    public ActionResult<CustomerOrders> Get(long customerId) =>
        catalog.Find(customerId) is { } orders ? orders : Problem(statusCode: StatusCodes.Status404NotFound, detail: ApiHost.NoCustomer(customerId));
}
