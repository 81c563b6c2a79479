//! End to end on a real description: Redocly's Museum (OpenAPI 3.1, from the spec corpus).
//! build.rs generated its client and server; the server runs on 127.0.0.1 with the trivial
//! implementation of `petstore_client::museum`, and every one of its 8 operations is driven
//! through the generated client: successes, typed 404s, the 400 the server sends for a
//! request the description forbids, 401 without credentials, 401 and 403 from the Museum's `Authenticator`.
//! Skips (with a message) when the corpus was absent at build time.

#[cfg(not(museum))]
#[test]
fn museum_e2e() {
    eprintln!(
        "skipping: the Museum spec was not found at build time (set STIPULA_CORPUS to the \
         corpus directory, e.g. ../shared/corpus, and rebuild petstore-client)"
    );
}

#[cfg(museum)]
mod museum {
    use petstore_client::museum::{Museum, TICKET_PNG};
    use petstore_client::museum_client as c;

    /// See tests/e2e.rs: under `cargo test --workspace` reqwest needs a TLS provider.
    fn tls_provider() {
        let _ = rustls::crypto::ring::default_provider().install_default();
    }

    async fn serve() -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = petstore_client::museum::app();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        format!("http://{addr}")
    }

    fn event(name: &str, dates: &[&str], price: f64) -> c::types::SpecialEvent {
        c::types::SpecialEvent::new(
            name.into(),
            "Temporal Tearoom".into(),
            "Sip tea with important historical figures.".into(),
            dates.iter().map(|d| d.to_string()).collect(),
            price,
        )
    }

    #[tokio::test]
    async fn every_operation_round_trips() {
        tls_provider();
        let base = serve().await;
        let client = c::Client::with_base_url(&base)
            .with_museum_placeholder_auth(Museum::CURATOR.0, Some(Museum::CURATOR.1.into()));

        // getMuseumHours: query parameters (date, page, limit) reach the server.
        let hours = client
            .get_museum_hours(&c::operations::GetMuseumHoursParams {
                start_date: Some("2023-09-20".into()),
                page: Some(2),
                limit: Some(4),
            })
            .await
            .unwrap();
        let dates: Vec<&str> = hours.iter().map(|h| h.date.as_str()).collect();
        assert_eq!(
            dates,
            ["2023-09-24", "2023-09-25", "2023-09-26", "2023-09-27"]
        );
        assert_eq!(
            (hours[0].time_open.as_str(), hours[0].time_close.as_str()),
            ("09:00", "18:00")
        );

        // createSpecialEvent: a JSON body in, the stored event (with its new id) out.
        let tea = client
            .create_special_event(&event(
                "Time Traveler Tea Party",
                &["2023-11-18", "2023-11-25"],
                60.5,
            ))
            .await
            .unwrap();
        let tea_id = tea.event_id.clone().expect("the server assigns an id");
        assert_eq!(tea.name, "Time Traveler Tea Party");
        assert_eq!(tea.price, 60.5);
        let ballet = client
            .create_special_event(&event("Sasquatch Ballet", &["2023-12-15"], 40.0))
            .await
            .unwrap();
        let ballet_id = ballet.event_id.clone().unwrap();

        // listSpecialEvents: filters and paging.
        let all = client
            .list_special_events(&Default::default())
            .await
            .unwrap();
        assert_eq!(all, vec![tea.clone(), ballet.clone()]);
        let december = client
            .list_special_events(&c::events::ListSpecialEventsParams {
                start_date: Some("2023-12-01".into()),
                end_date: Some("2023-12-31".into()),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(december, vec![ballet.clone()]);
        let second_page = client
            .list_special_events(&c::events::ListSpecialEventsParams {
                page: Some(2),
                limit: Some(1),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(second_page, vec![ballet.clone()]);

        // getSpecialEvent: a path parameter; a typed 404 for an unknown id.
        assert_eq!(client.get_special_event(&tea_id).await.unwrap(), tea);
        let missing = "00000000-0000-4000-8000-0000000000ff";
        match client.get_special_event(missing).await {
            Err(c::Error::Api(c::events::GetSpecialEventError::NotFound(e))) => {
                assert_eq!(
                    e.title.as_deref(),
                    Some(format!("no event with id {missing}").as_str())
                )
            }
            other => panic!("expected a typed 404, got {other:?}"),
        }

        // updateSpecialEvent: PATCH with only some fields.
        let patch = c::types::SpecialEventFields {
            price: Some(75.25),
            dates: Some(vec!["2023-11-18".into()]),
            ..Default::default()
        };
        let updated = client.update_special_event(&tea_id, &patch).await.unwrap();
        assert_eq!(updated.price, 75.25);
        assert_eq!(updated.dates, ["2023-11-18"]);
        assert_eq!(updated.name, tea.name);
        match client.update_special_event(missing, &patch).await {
            Err(c::Error::Api(c::events::UpdateSpecialEventError::NotFound(_))) => {}
            other => panic!("expected a typed 404, got {other:?}"),
        }

        // buyMuseumTickets: allOf body; an event ticket for a known event, a 404 otherwise.
        let mut general =
            c::types::BuyMuseumTickets::new("2023-09-07".into(), c::types::TicketType::General);
        general.email = Some("todd@example.com".into());
        let bought = client.buy_museum_tickets(&general).await.unwrap();
        assert_eq!(bought.ticket_type, c::types::TicketType::General);
        assert_eq!(
            bought.message,
            "Museum general entry ticket purchased by curator"
        );
        let ticket_id = bought.ticket_id.clone().unwrap();
        let mut for_event =
            c::types::BuyMuseumTickets::new("2023-12-15".into(), c::types::TicketType::Event);
        for_event.event_id = Some(ballet_id.clone());
        let event_ticket = client.buy_museum_tickets(&for_event).await.unwrap();
        assert_eq!(event_ticket.event_id.as_deref(), Some(ballet_id.as_str()));
        for_event.event_id = Some(missing.into());
        match client.buy_museum_tickets(&for_event).await {
            Err(c::Error::Api(c::tickets::BuyMuseumTicketsError::NotFound(_))) => {}
            other => panic!("expected a typed 404, got {other:?}"),
        }

        // getTicketCode: an image/png download comes back byte for byte.
        assert_eq!(
            client.get_ticket_code(&ticket_id).await.unwrap(),
            TICKET_PNG
        );
        match client.get_ticket_code(missing).await {
            Err(c::Error::Api(c::tickets::GetTicketCodeError::NotFound(_))) => {}
            other => panic!("expected a typed 404, got {other:?}"),
        }

        // deleteSpecialEvent: 204, then the event is gone.
        client.delete_special_event(&ballet_id).await.unwrap();
        match client.delete_special_event(&ballet_id).await {
            Err(c::Error::Api(c::events::DeleteSpecialEventError::NotFound(_))) => {}
            other => panic!("expected a typed 404, got {other:?}"),
        }
        assert_eq!(
            client
                .list_special_events(&Default::default())
                .await
                .unwrap(),
            vec![updated]
        );
    }

    #[tokio::test]
    async fn the_server_enforces_the_description() {
        tls_provider();
        let base = serve().await;
        let curator = c::Client::with_base_url(&base)
            .with_museum_placeholder_auth(Museum::CURATOR.0, Some(Museum::CURATOR.1.into()));

        // No credentials: 401 before the handler. deleteSpecialEvent documents its 401 (a
        // typed error); the others do not, so the client reports the bare status.
        let anonymous = c::Client::with_base_url(&base);
        match anonymous
            .delete_special_event("00000000-0000-4000-8000-000000000001")
            .await
        {
            Err(c::Error::Api(c::events::DeleteSpecialEventError::Unauthorized(e))) => {
                assert_eq!(e.title.as_deref(), Some("Unauthorized"))
            }
            other => panic!("expected a typed 401, got {other:?}"),
        }
        let err = anonymous
            .get_museum_hours(&Default::default())
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(401), "{err}");

        // The `Authenticator` refuses the read-only user on writes (403), not on reads.
        let visitor = c::Client::with_base_url(&base).with_museum_placeholder_auth(
            Museum::READ_ONLY_USER,
            Some(Museum::READ_ONLY_PASSWORD.into()),
        );
        assert!(
            visitor
                .list_special_events(&Default::default())
                .await
                .is_ok()
        );
        let err = visitor
            .create_special_event(&event("Forbidden", &["2023-09-01"], 1.0))
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(403), "{err}");
        // A wrong password: 401 from the `Authenticator`, typed where the operation documents it.
        let intruder = c::Client::with_base_url(&base)
            .with_museum_placeholder_auth(Museum::CURATOR.0, Some("guess".into()));
        let err = intruder
            .get_special_event("00000000-0000-4000-8000-000000000001")
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(401), "{err}");
        match intruder
            .delete_special_event("00000000-0000-4000-8000-000000000001")
            .await
        {
            Err(c::Error::Api(c::events::DeleteSpecialEventError::Unauthorized(e))) => {
                assert_eq!(e.title.as_deref(), Some("Unauthorized"))
            }
            other => panic!("expected a typed 401, got {other:?}"),
        }

        // A path parameter that is not a UUID (`format: uuid`) is refused with the
        // description's 400 (problem+json), typed on the client side.
        match curator.get_special_event("not-a-uuid").await {
            Err(c::Error::Api(c::events::GetSpecialEventError::BadRequest(e))) => {
                assert_eq!(e.title.as_deref(), Some("Bad Request"))
            }
            other => panic!("expected a typed 400, got {other:?}"),
        }
        // A query value out of the description's range (limit has maximum 30).
        match curator
            .list_special_events(&c::events::ListSpecialEventsParams {
                limit: Some(31),
                ..Default::default()
            })
            .await
        {
            Err(c::Error::Api(c::events::ListSpecialEventsError::BadRequest(_))) => {}
            other => panic!("expected a typed 400, got {other:?}"),
        }
    }
}
