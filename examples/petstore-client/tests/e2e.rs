//! End to end: the server and client generated (in build.rs) from our petstore, 3.0 and 3.1.
//! The test implements the generated `Api` trait, serves it on 127.0.0.1, and calls every
//! operation through the generated client, checking that values (and errors) round-trip.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// Under `cargo test --workspace`, reqwest is built with the TLS features stipula-fuzz asks
/// for (rustls without a built-in crypto provider), and building a client then needs a
/// provider installed in the process. Built alone (`cargo test -p petstore-client`) it does
/// not; installing one is harmless either way.
fn tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

macro_rules! petstore_e2e {
    ($test:ident, $client:ident, $server:ident) => {
        #[tokio::test]
        async fn $test() {
            tls_provider();
            use petstore_client::$client as c;
            use petstore_client::$server as s;

            #[derive(Default)]
            struct Store {
                pets: Mutex<BTreeMap<i64, s::types::Pet>>,
                next: Mutex<i64>,
                last_request_id: Mutex<Option<String>>,
                last_principal: Mutex<Option<String>>,
            }

            /// Bearer tokens: `blocked` is known but refused (403), `expired` is not valid
            /// (401); any other token is its own principal, which the handlers receive.
            struct Gate;

            impl s::Authenticator for Gate {
                type Principal = String;
                async fn authenticate(
                    &self,
                    _operation: &'static str,
                    credentials: &s::runtime::Credentials,
                ) -> Result<String, s::AuthError> {
                    match credentials.get("bearerAuth") {
                        Some("blocked") => Err(s::AuthError::Forbidden("this token is blocked".into())),
                        Some("expired") => Err(s::AuthError::Unauthenticated("this token has expired".into())),
                        Some(token) => Ok(token.to_string()),
                        None => match credentials.get("api_key") {
                            Some(key) => Ok(format!("key {key}")),
                            None => Err(s::AuthError::Unauthenticated("no credentials".into())),
                        },
                    }
                }
            }

            impl s::Api for Store {
                async fn list_pets(
                    &self,
                    _ctx: s::RequestContext,
                    params: s::pets::ListPetsParams,
                ) -> s::pets::ListPetsResponse {
                    *self.last_request_id.lock().unwrap() = params.x_request_id.clone();
                    let pets = self.pets.lock().unwrap();
                    let list: Vec<s::types::Pet> = pets
                        .values()
                        .filter(|p| params.status.is_none() || p.status == params.status)
                        .take(params.limit.unwrap_or(100) as usize)
                        .cloned()
                        .collect();
                    let next = (list.len() == params.limit.unwrap_or(100) as usize)
                        .then(|| format!("/pets?after={}", list.last().map_or(0, |p| p.id)));
                    s::pets::ListPetsResponse::Ok {
                        body: list,
                        headers: s::pets::ListPetsOkHeaders { x_next: next },
                    }
                }

                async fn create_pet(&self, _ctx: s::RequestContext, body: s::types::NewPet) -> s::pets::CreatePetResponse {
                    if body.name.trim().is_empty() {
                        return s::pets::CreatePetResponse::Default {
                            status: 422,
                            body: s::types::Error {
                                code: 422,
                                message: "name must not be blank".into(),
                            },
                        };
                    }
                    let mut next = self.next.lock().unwrap();
                    *next += 1;
                    // Pets named Tom are adopted at once: a status this version of the
                    // description does not list (a newer server), which clients must keep.
                    let status = if body.name == "Tom" {
                        Some(s::types::PetStatus::Unknown("adopted".into()))
                    } else {
                        body.status
                    };
                    let pet = s::types::Pet {
                        id: *next,
                        name: body.name,
                        tag: body.tag,
                        status,
                        details: body.details,
                    };
                    self.pets.lock().unwrap().insert(pet.id, pet.clone());
                    s::pets::CreatePetResponse::Created(pet)
                }

                async fn show_pet_by_id(&self, ctx: s::RequestContext, pet_id: i64) -> s::pets::ShowPetByIdResponse {
                    *self.last_principal.lock().unwrap() = ctx.principal::<String>().cloned();
                    match self.pets.lock().unwrap().get(&pet_id) {
                        Some(p) => s::pets::ShowPetByIdResponse::Ok(p.clone()),
                        None => s::pets::ShowPetByIdResponse::NotFound(s::types::Error {
                            code: 404,
                            message: format!("no pet {pet_id}"),
                        }),
                    }
                }

                async fn delete_pet(&self, _ctx: s::RequestContext, pet_id: i64) -> s::pets::DeletePetResponse {
                    match self.pets.lock().unwrap().remove(&pet_id) {
                        Some(_) => s::pets::DeletePetResponse::NoContent,
                        None => s::pets::DeletePetResponse::NotFound(s::types::Error {
                            code: 404,
                            message: format!("no pet {pet_id}"),
                        }),
                    }
                }

                async fn get_inventory(&self, _ctx: s::RequestContext) -> s::store::GetInventoryResponse {
                    let mut counts = BTreeMap::new();
                    for p in self.pets.lock().unwrap().values() {
                        if let Some(st) = &p.status {
                            *counts.entry(st.to_string()).or_insert(0) += 1;
                        }
                    }
                    s::store::GetInventoryResponse::Ok(counts)
                }
            }

            // Record the credentials each request carried (the generated server leaves
            // authentication to the application; this is how an application would see it).
            let store = Arc::new(Store::default());
            let seen: Arc<Mutex<Vec<(String, Option<String>, Option<String>)>>> = Arc::default();
            let seen2 = seen.clone();
            let app = axum::Router::new()
                .nest("/v1", s::router_with(store.clone(), Gate))
                .layer(axum::middleware::from_fn(
                    move |req: axum::extract::Request, next: axum::middleware::Next| {
                        let seen = seen2.clone();
                        async move {
                            let record = {
                                let h = |n: &str| {
                                    req.headers()
                                        .get(n)
                                        .and_then(|v| v.to_str().ok())
                                        .map(str::to_string)
                                };
                                (
                                    req.uri().path().to_string(),
                                    h("authorization"),
                                    h("x-api-key"),
                                )
                            };
                            seen.lock().unwrap().push(record);
                            next.run(req).await
                        }
                    },
                ));
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            tokio::spawn(async move {
                axum::serve(listener, app).await.unwrap();
            });
            let base = format!("http://{addr}/v1");
            let client = c::Client::with_base_url(&base)
                .with_bearer_auth("secret-token")
                .with_api_key("key-123");

            // createPet: 201 with the pet, nullable + optional fields and the discriminated
            // oneOf round-trip.
            let new = c::types::NewPet {
                name: "Rex".into(),
                tag: Some(None),
                status: Some(c::types::PetStatus::Available),
                details: Some(c::types::PetDetails::Dog(c::types::Dog {
                    pet_type: "dog".into(),
                    pack_size: Some(3),
                    nickname: Some(Some("Rexy".into())),
                })),
            };
            let wire = serde_json::to_string(&new).unwrap();
            assert_eq!(wire.matches("petType").count(), 1, "tag written once: {wire}");
            assert!(wire.contains(r#""tag":null"#), "explicit null kept: {wire}");
            let created = match client.create_pet(&new).await {
                Ok(p) => p,
                other => panic!("createPet: {other:?}"),
            };
            assert_eq!(created.id, 1);
            assert_eq!(created.name, new.name);
            assert_eq!(created.tag, Some(None));
            assert_eq!(created.details, new.details);

            // A status the description does not list is a request that does not match it:
            // the generated server answers 400 (`default` is documented with another body,
            // so the client reports a decode error) and `Store` never sees it.
            let unlisted = c::types::NewPet {
                name: "Felix".into(),
                tag: None,
                status: Some(c::types::PetStatus::Unknown("adopted".into())),
                details: None,
            };
            match client.create_pet(&unlisted).await {
                Err(c::Error::Decode { status: 400, body, .. }) => {
                    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
                    assert_eq!(v["errors"][0]["in"], "body", "{v}");
                    assert_eq!(v["errors"][0]["name"], "/status", "{v}");
                }
                other => panic!("createPet with an unlisted status: {other:?}"),
            }
            assert_eq!(*store.next.lock().unwrap(), 1, "rejected before the Api method");

            // A second pet: a cat, no tag at all; the server answers with a status value
            // the description does not list, and the client keeps it.
            let cat = c::types::NewPet {
                name: "Tom".into(),
                tag: None,
                status: Some(c::types::PetStatus::Pending),
                details: Some(c::types::PetDetails::Cat(c::types::Cat {
                    pet_type: "cat".into(),
                    lives: 9,
                    indoor: Some(true),
                })),
            };
            let tom = match client.create_pet(&cat).await {
                Ok(p) => p,
                other => panic!("createPet cat: {other:?}"),
            };
            assert_eq!(tom.status, Some(c::types::PetStatus::Unknown("adopted".into())));
            assert_eq!(tom.tag, None);
            assert_eq!(tom.details, cat.details);

            // An unknown discriminator value survives as raw JSON.
            let bird = c::types::NewPet {
                name: "Tweety".into(),
                tag: Some(Some("yellow".into())),
                status: None,
                details: Some(c::types::PetDetails::Unknown(
                    serde_json::json!({"petType": "bird", "wings": 2}),
                )),
            };
            let tweety = match client.create_pet(&bird).await {
                Ok(p) => p,
                other => panic!("createPet bird: {other:?}"),
            };
            assert_eq!(tweety.details, bird.details);

            // createPet error: the documented `default` response, typed.
            let blank = c::types::NewPet {
                name: " ".into(),
                tag: None,
                status: None,
                details: None,
            };
            match client.create_pet(&blank).await {
                Err(c::Error::Api(c::pets::CreatePetError::Default { status, body })) => {
                    assert_eq!(status, 422);
                    assert_eq!(body.code, 422);
                    assert_eq!(body.message, "name must not be blank");
                }
                other => panic!("createPet blank: {other:?}"),
            }

            // showPetById: 200 and the documented 404.
            match client.show_pet_by_id(1).await {
                Ok(p) => assert_eq!(p, created),
                other => panic!("showPetById: {other:?}"),
            }
            // The principal `Gate` made of the bearer token reached the handler.
            assert_eq!(store.last_principal.lock().unwrap().as_deref(), Some("secret-token"));
            match client.show_pet_by_id(999).await {
                Err(c::Error::Api(c::pets::ShowPetByIdError::NotFound(e))) => {
                    assert_eq!(e.code, 404);
                    assert_eq!(e.message, "no pet 999");
                }
                other => panic!("showPetById 999: {other:?}"),
            }

            // listPets: query (integer, enum) and header parameters.
            let params = c::pets::ListPetsParams {
                limit: Some(10),
                status: Some(c::types::PetStatus::Available),
                x_request_id: Some("req-42".into()),
            };
            match client.list_pets(&params).await {
                Ok(c::pets::ListPetsResponse::Ok { body: list, headers }) => {
                    assert_eq!(list, vec![created.clone()]);
                    assert_eq!(headers.x_next, None, "the declared header, absent");
                }
                other => panic!("listPets: {other:?}"),
            }
            assert_eq!(
                store.last_request_id.lock().unwrap().as_deref(),
                Some("req-42"),
                "the header parameter reached the server"
            );
            match client
                .list_pets(&c::pets::ListPetsParams {
                    limit: Some(2),
                    ..Default::default()
                })
                .await
            {
                Ok(c::pets::ListPetsResponse::Ok { body: list, headers }) => {
                    assert_eq!(list.len(), 2);
                    assert_eq!(list[1], tom);
                    // The response header the spec declares, typed.
                    assert_eq!(headers.x_next.as_deref(), Some("/pets?after=2"));
                }
                other => panic!("listPets limit: {other:?}"),
            }

            // A parameter outside its bounds (limit minimum is 1) is rejected by the
            // generated server with a structured 400 before reaching `Store`.
            let raw = reqwest::get(format!("{base}/pets?limit=0&status=sold"))
                .await
                .unwrap();
            assert_eq!(raw.status().as_u16(), 400);
            let v: serde_json::Value = raw.json().await.unwrap();
            assert_eq!(v["errors"][0]["in"], "query");
            assert_eq!(v["errors"][0]["name"], "limit");
            // showPetById needs the bearer token (global `security`): without it, 401 with
            // a challenge, before the path is even looked at; a token the `Authenticator`
            // refuses gets 403 (known, not allowed) or 401 with the challenge (not valid).
            let raw = reqwest::get(format!("{base}/pets/not-a-number")).await.unwrap();
            assert_eq!(raw.status().as_u16(), 401);
            assert_eq!(raw.headers()["www-authenticate"], "Bearer");
            let v: serde_json::Value = raw.json().await.unwrap();
            assert!(v["detail"].as_str().unwrap().contains("bearerAuth"), "{v}");
            let raw = reqwest::Client::new()
                .get(format!("{base}/pets/1"))
                .bearer_auth("blocked")
                .send()
                .await
                .unwrap();
            assert_eq!(raw.status().as_u16(), 403);
            let v: serde_json::Value = raw.json().await.unwrap();
            assert_eq!((v["status"].as_u64(), v["detail"].as_str()), (Some(403), Some("this token is blocked")));
            let raw = reqwest::Client::new()
                .get(format!("{base}/pets/1"))
                .bearer_auth("expired")
                .send()
                .await
                .unwrap();
            assert_eq!(raw.status().as_u16(), 401);
            assert_eq!(raw.headers()["www-authenticate"], "Bearer");
            let v: serde_json::Value = raw.json().await.unwrap();
            assert_eq!(v["detail"], "this token has expired");
            let raw = reqwest::Client::new()
                .get(format!("{base}/pets/not-a-number"))
                .bearer_auth("secret-token")
                .send()
                .await
                .unwrap();
            assert_eq!(raw.status().as_u16(), 400);
            let v: serde_json::Value = raw.json().await.unwrap();
            assert_eq!(v["errors"][0]["in"], "path");
            // The same through the client: 400 is not documented for listPets, the
            // `default` response is, but the body is not an `Error`: a decode error.
            match client
                .list_pets(&c::pets::ListPetsParams {
                    limit: Some(0),
                    ..Default::default()
                })
                .await
            {
                Err(e @ c::Error::Decode { status: 400, .. }) => {
                    assert!(e.to_string().contains("400"), "{e}");
                }
                other => panic!("listPets limit=0: {other:?}"),
            }

            // getInventory: a map response, api-key auth.
            match client.get_inventory().await {
                Ok(m) => {
                    assert_eq!(m.get("available"), Some(&1));
                    assert_eq!(m.get("adopted"), Some(&1));
                }
                other => panic!("getInventory: {other:?}"),
            }

            // deletePet: 204, then the documented 404.
            match client.delete_pet(1).await {
                Ok(()) => {}
                other => panic!("deletePet: {other:?}"),
            }
            match client.delete_pet(1).await {
                Err(c::Error::Api(c::pets::DeletePetError::NotFound(e))) => {
                    assert_eq!(e.code, 404)
                }
                other => panic!("deletePet again: {other:?}"),
            }

            // Credentials: bearer on operations under the global requirement, none on
            // listPets (`security: []`), the api key on getInventory.
            let seen = seen.lock().unwrap();
            let bearer = Some("Bearer secret-token".to_string());
            for (path, auth, key) in seen.iter() {
                if path.ends_with("/pets") && auth.is_none() && key.is_none() {
                    continue; // listPets (or raw requests)
                }
                if path.ends_with("/store/inventory") {
                    assert_eq!(key.as_deref(), Some("key-123"));
                    assert_eq!(auth, &None);
                } else if path.ends_with("/pets") || path.contains("/pets/") {
                    // (`blocked` and `expired` are the raw requests `Gate` refuses.)
                    let refused = ["Bearer blocked", "Bearer expired"];
                    if auth.is_some() && !refused.contains(&auth.as_deref().unwrap_or_default()) {
                        assert_eq!(auth, &bearer, "{path}");
                    }
                }
            }
            assert!(seen.iter().any(|(p, a, _)| p.ends_with("/pets") && a == &bearer));
            assert!(seen.iter().any(|(p, _, k)| p.ends_with("/store/inventory") && k.is_some()));
        }
    };
}

petstore_e2e!(petstore_31_round_trip, client, server);
petstore_e2e!(petstore_30_round_trip, client30, server30);
