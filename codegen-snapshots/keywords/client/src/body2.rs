//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::body2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Body2Params {
    pub body3: ::std::option::Option<::std::string::String>,
    pub body4: ::std::option::Option<::std::string::String>,
    pub body5: ::std::option::Option<::std::string::String>,
}
impl Body2Params {
    /// Sets `body3`.
    #[must_use]
    pub fn body3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `body4`.
    #[must_use]
    pub fn body4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `body5`.
    #[must_use]
    pub fn body5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body5 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::body2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Body2OkHeaders {
    pub body: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::body2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Body2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Body2OkHeaders },
}
/// Documented error responses of [`super::Client::body2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Body2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::body_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum BodyPost2Error {}
impl super::Client {
    /// */ operation body "#
    ///
    /// `GET /op187/{body}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn body2(
        &self,
        body2: &str,
        params: &Body2Params,
    ) -> ::std::result::Result<Body2Response, super::Error<Body2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op187/");
        url.push_str(
            &super::runtime::path_param(
                "body",
                &super::runtime::to_value("body", &body2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.body3 {
            let v = super::runtime::to_value("body", v)?;
            super::runtime::push_param(&mut query, "body", &v, "form", true);
        }
        if let Some(v) = &params.body4 {
            let v = super::runtime::to_value("body", v)?;
            headers.push(("body", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.body5 {
            let v = super::runtime::to_value("body", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "body", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[187usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("body2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "body", method = "GET", path =
            "/op187/{body}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("body2", status, &response_headers);
        match status {
            200 => {
                let headers = Body2OkHeaders {
                    body: super::runtime::optional_header(
                        &response_headers,
                        "body",
                        status,
                    )?,
                };
                Ok(Body2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Body2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Body2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Body2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op187/{body}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn body_post2(
        &self,
        body2: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BodyPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op187/");
        url.push_str(
            &super::runtime::path_param(
                "body",
                &super::runtime::to_value("body", &body2)?,
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
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("body_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "body_post", method = "POST", path =
            "/op187/{body}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("body_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BodyPost2Error,
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
