//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::router2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Router2Params {
    pub router2: ::std::option::Option<::std::string::String>,
    pub router3: ::std::option::Option<::std::string::String>,
    pub router4: ::std::option::Option<::std::string::String>,
}
impl Router2Params {
    /// Sets `router2`.
    #[must_use]
    pub fn router2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.router2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `router3`.
    #[must_use]
    pub fn router3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.router3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `router4`.
    #[must_use]
    pub fn router4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.router4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::router2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Router2OkHeaders {
    pub router: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::router2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Router2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Router2OkHeaders },
}
/// Documented error responses of [`super::Client::router2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Router2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::router_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum RouterPostError {}
impl super::Client {
    /// */ operation Router "#
    ///
    /// `GET /op152/{Router}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn router2(
        &self,
        router: &str,
        params: &Router2Params,
    ) -> ::std::result::Result<Router2Response, super::Error<Router2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op152/");
        url.push_str(
            &super::runtime::path_param(
                "Router",
                &super::runtime::to_value("Router", &router)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.router2 {
            let v = super::runtime::to_value("Router", v)?;
            super::runtime::push_param(&mut query, "Router", &v, "form", true);
        }
        if let Some(v) = &params.router3 {
            let v = super::runtime::to_value("Router", v)?;
            headers.push(("Router", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.router4 {
            let v = super::runtime::to_value("Router", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Router", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[152usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("router2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Router", method = "GET", path =
            "/op152/{Router}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("router2", status, &response_headers);
        match status {
            200 => {
                let headers = Router2OkHeaders {
                    router: super::runtime::optional_header(
                        &response_headers,
                        "Router",
                        status,
                    )?,
                };
                Ok(Router2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Router2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Router2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Router2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op152/{Router}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn router_post(
        &self,
        router: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<RouterPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op152/");
        url.push_str(
            &super::runtime::path_param(
                "Router",
                &super::runtime::to_value("Router", &router)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("router_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Router_post", method = "POST", path =
            "/op152/{Router}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("router_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        RouterPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
